package org.imr.assignment.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.assignment.domain.ConsolidationIndex;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;

/**
 * What the writer of assignments knows of each case: waiting for a reviewer, held by one (with its case file), or
 * determined; who declined or timed out on it; the open cases of each applicant, for consolidation. Mutated under the
 * lock of {@link CaseAssignment}; readable anywhere.
 */
final class CaseBook {

    static final Comparator<ImrCase> EXPEDITED_FIRST = Comparator
            .comparing((ImrCase c) -> c.getPriority() == Priority.EXPEDITED ? 0 : 1)
            .thenComparing(ImrCase::getApplicationReceivedDate)
            .thenComparing(ImrCase::getCaseId);
    private static final String DETERMINED = "";

    private final Map<String, String> reviewerByCase = new ConcurrentHashMap<>();
    private final Map<String, ImrCase> held = new ConcurrentHashMap<>();
    private final Map<String, ImrCase> waiting = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> declinedBy = new ConcurrentHashMap<>();
    private final ConsolidationIndex consolidation = new ConsolidationIndex();

    /** Whether the case was assigned, determined or is waiting. */
    boolean knows(String caseId) {
        return reviewerByCase.containsKey(caseId) || waiting.containsKey(caseId);
    }

    void waits(ImrCase imrCase) {
        waiting.put(imrCase.getCaseId(), imrCase);
    }

    /** A case another writer left waiting, unless it has been assigned since. */
    void waitsUnlessAssigned(ImrCase imrCase) {
        if (!reviewerByCase.containsKey(imrCase.getCaseId())) {
            waiting.putIfAbsent(imrCase.getCaseId(), imrCase);
        }
    }

    void held(ImrCase imrCase, String reviewerId) {
        waiting.remove(imrCase.getCaseId());
        reviewerByCase.put(imrCase.getCaseId(), reviewerId);
        held.put(imrCase.getCaseId(), imrCase);
        consolidation.held(CaseProfiles.consolidationKey(imrCase), imrCase.getCaseId(), reviewerId);
    }

    /** An open case of the same applicant (worker, requesting physician, date of injury) held by a reviewer, if any. */
    Optional<ConsolidationIndex.OpenCase> consolidatableWith(ImrCase imrCase) {
        return consolidation.openCaseOf(CaseProfiles.consolidationKey(imrCase), imrCase.getCaseId());
    }

    /** The case's reviewer, {@code ""} once determined, null when never assigned. */
    String reviewerOf(String caseId) {
        return reviewerByCase.get(caseId);
    }

    /** The case file when the reviewer holds the case, else null. */
    ImrCase heldBy(String caseId, String reviewerId) {
        return reviewerId.equals(reviewerByCase.get(caseId)) ? held.get(caseId) : null;
    }

    /** The reviewer gives the case back (declined, timed out): it is nobody's until reassigned. */
    void released(String caseId, String reviewerId) {
        held.remove(caseId);
        reviewerByCase.remove(caseId);
        consolidation.released(caseId);
        declinedBy.computeIfAbsent(caseId, id -> new TreeSet<>()).add(reviewerId);
    }

    /** A reviewer declined or timed out on the case (read back from the topics). */
    void declined(String caseId, String reviewerId) {
        declinedBy.computeIfAbsent(caseId, id -> new TreeSet<>()).add(reviewerId);
    }

    /** The determination was issued: the reviewer who held the case, or null when nobody did. */
    String determined(String caseId) {
        waiting.remove(caseId);
        held.remove(caseId);
        consolidation.released(caseId);
        String reviewerId = reviewerByCase.put(caseId, DETERMINED);
        return reviewerId == null || reviewerId.isEmpty() ? null : reviewerId;
    }

    Set<String> declinedBy(String caseId) {
        return Set.copyOf(declinedBy.getOrDefault(caseId, Set.of()));
    }

    /** The case waiting or held, null when not (or no longer) open. */
    ImrCase open(String caseId) {
        ImrCase imrCase = waiting.get(caseId);
        return imrCase != null ? imrCase : held.get(caseId);
    }

    /** Replaces the case file of an open case (e.g. converted to expedited review). */
    void updated(ImrCase imrCase) {
        waiting.computeIfPresent(imrCase.getCaseId(), (id, old) -> imrCase);
        held.computeIfPresent(imrCase.getCaseId(), (id, old) -> imrCase);
    }

    boolean isWaiting(String caseId) {
        return waiting.containsKey(caseId);
    }

    List<ImrCase> waitingQueue() {
        return waiting.values().stream().sorted(EXPEDITED_FIRST).toList();
    }

    void stopsWaiting(String caseId) {
        waiting.remove(caseId);
    }
}
