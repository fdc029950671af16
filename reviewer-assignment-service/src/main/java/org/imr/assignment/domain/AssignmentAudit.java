package org.imr.assignment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.imr.assignment.domain.SpecialtyTaxonomy.RankedSpecialty;

/**
 * The audit record of a choice: why the chosen reviewer qualifies, and why each reviewer who could not take the case
 * was excluded, each rule in its own words (see {@link EligibilityPolicy}).
 */
final class AssignmentAudit {

    static final String DECLINED = "declined or timed out on this case";

    private final EligibilityPolicy policy;
    private final Roster roster;
    private final Workload workload;
    private final TreatmentHistory history;
    private final StandingScreen screen;

    AssignmentAudit(EligibilityPolicy policy, Roster roster, Workload workload, TreatmentHistory history) {
        this.policy = policy;
        this.roster = roster;
        this.workload = workload;
        this.history = history;
        this.screen = new StandingScreen(policy);
    }

    List<String> qualifications(Reviewer chosen, RankedSpecialty specialty, int openCases, CaseProfile profile) {
        return qualifications(chosen, specialty, openCases, profile, "the fewest among the eligible");
    }

    /** Why the chosen reviewer qualifies; {@code whyChosen} says how it was chosen among the eligible. */
    List<String> qualifications(Reviewer chosen, RankedSpecialty specialty, int openCases, CaseProfile profile,
            String whyChosen) {
        List<String> reasons = new ArrayList<>();
        reasons.add(licence(chosen, profile));
        reasons.add(chosen.weeklyPracticeHours() + " hours a week in active practice (at least "
                + EligibilityPolicy.MIN_WEEKLY_HOURS + ")");
        reasons.add(chosen.yearsInPractice() + " years in active practice (more than " + EligibilityPolicy.MIN_YEARS_EXCLUSIVE + ")");
        reasons.add("no affiliation with any of the " + profile.partiesByName().size() + " parties");
        reasons.add("has not reviewed the same treatment for this worker");
        reasons.add((specialty.rank() == 0 ? "same" : "similar") + " specialty: " + specialty.specialty());
        reasons.add(openCases + " open case(s) of a capacity of " + chosen.caseCapacity() + ", " + whyChosen);
        return reasons;
    }

    /** The roster changed: the standing screens are out of date. */
    void rosterChanged() {
        screen.invalidate();
    }

    /**
     * Every reviewer but the chosen one who could not take the case: those the standing rules or the specialty exclude
     * (with those reasons, shared by every case of the kind), then those who pass them but are in conflict, already
     * reviewed the treatment for the worker, are at capacity or declined the case (found from the parties, the
     * worker's history and the full reviewers, not by walking the roster).
     */
    List<ReviewerExclusion> exclusions(CaseProfile profile, String chosenId, Set<String> declinedBy, Set<String> atCapacity) {
        StandingScreen.Result standing = screen.screen(profile, roster.reviewers());
        Set<String> suspects = new TreeSet<>(declinedBy);
        suspects.addAll(standing.affiliations().affiliatedWithAParty(profile));
        suspects.addAll(history.reviewersOf(profile).keySet());
        suspects.addAll(atCapacity);
        List<ReviewerExclusion> exclusions = new ArrayList<>(standing.excluded().size() + suspects.size());
        exclusions.addAll(standing.excluded());
        for (String suspect : suspects) {
            Reviewer reviewer = standing.passed().get(suspect);
            if (reviewer == null || suspect.equals(chosenId)) {
                continue;
            }
            List<String> reasons = new ArrayList<>(
                    policy.assess(reviewer, profile, workload.openCases(suspect), history).exclusions());
            if (declinedBy.contains(suspect)) {
                reasons.add(DECLINED);
            }
            if (!reasons.isEmpty()) {
                exclusions.add(new ReviewerExclusion(suspect, reasons));
            }
        }
        return exclusions;
    }

    Assignment.NoEligibleReviewer noEligibleReviewer(CaseProfile profile, Set<String> declinedBy, Set<String> atCapacity) {
        List<ReviewerExclusion> exclusions = exclusions(profile, null, declinedBy, atCapacity);
        Map<String, Integer> counts = new TreeMap<>();
        exclusions.forEach(e -> e.reasons().forEach(reason -> counts.merge(reason, 1, Integer::sum)));
        List<String> reasons = roster.size() == 0 ? List.of("the roster is empty")
                : counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + " reviewer(s)").toList();
        return new Assignment.NoEligibleReviewer(profile.caseId(), reasons, roster.size(), exclusions);
    }

    private static String licence(Reviewer chosen, CaseProfile profile) {
        Licence inState = chosen.licenceIn(profile.jurisdictionState(), profile.assignmentDate());
        Licence licence = inState != null && inState.validOn(profile.assignmentDate()) ? inState
                : chosen.licences().stream().filter(l -> l.validOn(profile.assignmentDate())).findFirst().orElseThrow();
        return "licensed in " + licence.state() + (licence.expires() == null ? "" : " until " + licence.expires())
                + ", valid on " + profile.assignmentDate();
    }
}
