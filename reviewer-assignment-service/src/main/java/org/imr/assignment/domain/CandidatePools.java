package org.imr.assignment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The index that makes selection fast: for every (licence state, specialty), and for every specialty whatever the
 * state, the reviewers who meet the standing rules (active, hours, years) and have room for another case, ordered by
 * open cases, then id. Case-specific rules (licence validity, conflicts, repeats) are checked while walking a pool.
 * Not thread-safe: the selector serialises access.
 */
final class CandidatePools {

    static final String ANY_STATE = "*";
    private static final Comparator<Slot> BY_LOAD = Comparator.comparingInt(Slot::openCases)
            .thenComparing(slot -> slot.reviewer().reviewerId());

    private final Map<String, NavigableSet<Slot>> pools = new HashMap<>();
    private final Map<String, Slot> slots = new HashMap<>();
    private final Set<String> atCapacity = new HashSet<>();

    /** Puts the reviewer (new profile or new load) where it belongs now, or nowhere when it may take no case. */
    void place(Reviewer reviewer, int openCases) {
        remove(reviewer.reviewerId());
        if (!reviewer.meetsStandingRules()) {
            return;
        }
        if (openCases >= reviewer.caseCapacity()) {
            atCapacity.add(reviewer.reviewerId());
            return;
        }
        Slot slot = new Slot(reviewer, openCases);
        slots.put(reviewer.reviewerId(), slot);
        keysOf(reviewer).forEach(key -> pools.computeIfAbsent(key, k -> new TreeSet<>(BY_LOAD)).add(slot));
    }

    void remove(String reviewerId) {
        atCapacity.remove(reviewerId);
        Slot old = slots.remove(reviewerId);
        if (old != null) {
            keysOf(old.reviewer()).forEach(key -> pools.get(key).remove(old));
        }
    }

    /** Reviewers who meet the standing rules but have no room for another case (live view). */
    Set<String> atCapacity() {
        return atCapacity;
    }

    /** The pool of a state ({@link #ANY_STATE} for every state) and specialty, least loaded first; never null. */
    NavigableSet<Slot> pool(String state, String specialty) {
        NavigableSet<Slot> pool = pools.get(key(state, specialty));
        return pool == null ? java.util.Collections.emptyNavigableSet() : pool;
    }

    private static List<String> keysOf(Reviewer reviewer) {
        List<String> keys = new ArrayList<>();
        for (String specialty : reviewer.specialties()) {
            keys.add(key(ANY_STATE, specialty));
            reviewer.licences().stream().map(Licence::state).distinct().forEach(state -> keys.add(key(state, specialty)));
        }
        return keys.stream().distinct().toList();
    }

    private static String key(String state, String specialty) {
        return state.toLowerCase(Locale.ROOT) + '|' + specialty;
    }

    /** A reviewer with its open cases at the time it was placed. */
    record Slot(Reviewer reviewer, int openCases) {
    }
}
