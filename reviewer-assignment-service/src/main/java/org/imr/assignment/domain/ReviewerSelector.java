package org.imr.assignment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imr.assignment.domain.EligibilityPolicy.Verdict;

/**
 * Chooses the reviewer for a case: among the eligible, the closest specialty (the same before a similar one), then
 * the fewest open cases, then the reviewer id so that the choice is reproducible. Holds the roster and the workload;
 * callers serialise access to it.
 */
public final class ReviewerSelector {

    private final EligibilityPolicy policy;
    private final Roster roster;
    private final Workload workload;

    public ReviewerSelector(EligibilityPolicy policy, Roster roster, Workload workload) {
        this.policy = policy;
        this.roster = roster;
        this.workload = workload;
    }

    public Assignment select(CaseProfile profile) {
        List<Verdict> verdicts = roster.reviewers().stream()
                .map(reviewer -> policy.assess(reviewer, profile, workload.openCases(reviewer.reviewerId())))
                .toList();
        Verdict chosen = verdicts.stream()
                .filter(Verdict::eligible)
                .min(Comparator.comparingInt((Verdict v) -> v.specialty().rank())
                        .thenComparingInt(v -> workload.openCases(v.reviewer().reviewerId()))
                        .thenComparing(v -> v.reviewer().reviewerId()))
                .orElse(null);
        if (chosen == null) {
            return new Assignment.NoEligibleReviewer(profile.caseId(), summarise(verdicts), verdicts.size());
        }
        workload.opened(chosen.reviewer().reviewerId());
        return new Assignment.Assigned(profile.caseId(), chosen.reviewer(), qualifications(chosen, profile));
    }

    private static List<String> qualifications(Verdict chosen, CaseProfile profile) {
        List<String> reasons = new ArrayList<>();
        reasons.add("licensed in " + profile.jurisdictionState());
        reasons.add(chosen.reviewer().weeklyPracticeHours() + " hours a week in active practice");
        reasons.add(chosen.reviewer().yearsInPractice() + " years in active practice");
        reasons.add("no affiliation with any of the " + profile.partyNames().size() + " parties");
        reasons.add((chosen.specialty().rank() == 0 ? "same" : "similar") + " specialty: " + chosen.specialty().specialty());
        return reasons;
    }

    private static List<String> summarise(List<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return List.of("the roster is empty");
        }
        Map<String, Integer> counts = new TreeMap<>();
        verdicts.forEach(v -> v.exclusions().forEach(reason -> counts.merge(reason, 1, Integer::sum)));
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + " reviewer(s)").toList();
    }
}
