package org.imr.assignment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.schemas.ServiceType;

/**
 * The part of the audit that does not depend on the parties, the history or the load: activity, licence, hours, years
 * and specialty, for one kind of case (state, date, disputed services). Computed once per kind of case and roster
 * version, so that the audit of each assignment only adds the case-specific reasons.
 */
final class StandingScreen {

    private final Map<Key, Result> cache = new ConcurrentHashMap<>();
    private final EligibilityPolicy policy;
    private final TreatmentHistory noHistory = new TreatmentHistory();

    StandingScreen(EligibilityPolicy policy) {
        this.policy = policy;
    }

    /** Forget every screen: the roster changed. */
    void invalidate() {
        cache.clear();
    }

    Result screen(CaseProfile profile, Iterable<Reviewer> roster) {
        return cache.computeIfAbsent(new Key(profile.jurisdictionState(), profile.assignmentDate(), profile.disputedServices()),
                key -> compute(profile, roster));
    }

    private Result compute(CaseProfile profile, Iterable<Reviewer> roster) {
        CaseProfile withoutParties = new CaseProfile(profile.caseId(), profile.jurisdictionState(), profile.assignmentDate(),
                Map.of(), profile.disputedServices(), null);
        List<ReviewerExclusion> excluded = new ArrayList<>();
        Map<String, Reviewer> passed = new HashMap<>();
        for (Reviewer reviewer : roster) {
            List<String> reasons = policy.assess(reviewer, withoutParties, 0, noHistory).exclusions();
            if (reasons.isEmpty()) {
                passed.put(reviewer.reviewerId(), reviewer);
            } else {
                excluded.add(new ReviewerExclusion(reviewer.reviewerId(), reasons));
            }
        }
        return new Result(List.copyOf(excluded), Map.copyOf(passed), AffiliationIndex.of(passed.values()));
    }

    /** Who the screen excluded, with why, who passed it (by id) and their affiliations. */
    record Result(List<ReviewerExclusion> excluded, Map<String, Reviewer> passed, AffiliationIndex affiliations) {
    }

    private record Key(String state, java.time.LocalDate date, Set<ServiceType> services) {
    }
}
