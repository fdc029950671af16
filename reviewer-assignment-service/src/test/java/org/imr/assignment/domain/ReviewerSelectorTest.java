package org.imr.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

class ReviewerSelectorTest {

    private static final String PMR = "Physical Medicine & Rehabilitation";

    private final Roster roster = new Roster();
    private final Workload workload = new Workload();
    private final ReviewerSelector selector = new ReviewerSelector(new EligibilityPolicy(new SpecialtyTaxonomy()), roster,
            workload);

    @Test
    void choosesTheSameSpecialtyBeforeASimilarOne() {
        roster.put(reviewer("similar", List.of("Family Practice")));
        roster.put(reviewer("same", List.of(PMR)));

        assertThat(assignedReviewer(therapyCase("case-1"))).isEqualTo("same");
    }

    @Test
    void spreadsCasesToTheLeastLoadedAmongEquallySuitedReviewers() {
        roster.put(reviewer("a", List.of(PMR)));
        roster.put(reviewer("b", List.of(PMR)));

        List<String> chosen = List.of(assignedReviewer(therapyCase("1")), assignedReviewer(therapyCase("2")),
                assignedReviewer(therapyCase("3")), assignedReviewer(therapyCase("4")));

        assertThat(chosen).containsExactly("a", "b", "a", "b");
        assertThat(workload.openCases("a")).isEqualTo(2);
    }

    @Test
    void noEligibleReviewerCarriesTheReasonsWithCounts() {
        roster.put(new Reviewer("texan", List.of(PMR), Set.of("Texas"), 40, 10, Set.of(), true, 25));
        roster.put(new Reviewer("part-time", List.of(PMR), Set.of("California"), 20, 10, Set.of(), true, 25));

        Assignment assignment = selector.select(therapyCase("case-9"));

        assertThat(assignment).isInstanceOfSatisfying(Assignment.NoEligibleReviewer.class, none -> {
            assertThat(none.reviewersConsidered()).isEqualTo(2);
            assertThat(none.reasons()).containsExactlyInAnyOrder(
                    "not licensed in California: 1 reviewer(s)",
                    "fewer than 24 hours a week in active practice: 1 reviewer(s)");
        });
    }

    @Test
    void anEmptyRosterSaysSo() {
        assertThat(selector.select(therapyCase("case-0")))
                .isInstanceOfSatisfying(Assignment.NoEligibleReviewer.class,
                        none -> assertThat(none.reasons()).containsExactly("the roster is empty"));
    }

    @Test
    void qualificationsExplainTheChoiceForAudit() {
        roster.put(reviewer("a", List.of(PMR)));

        Assignment assignment = selector.select(therapyCase("case-5"));

        assertThat(assignment).isInstanceOfSatisfying(Assignment.Assigned.class, assigned -> assertThat(
                assigned.qualifications()).contains("licensed in California", "same specialty: " + PMR));
    }

    private String assignedReviewer(CaseProfile profile) {
        return ((Assignment.Assigned) selector.select(profile)).reviewer().reviewerId();
    }

    private static Reviewer reviewer(String id, List<String> specialties) {
        return new Reviewer(id, specialties, Set.of("California"), 40, 10, Set.of(), true, 25);
    }

    private static CaseProfile therapyCase(String caseId) {
        return new CaseProfile(caseId, "California", Set.of("Acme Corp", "Claims Co"), Set.of(ServiceType.OCCUPATIONAL_THERAPY));
    }
}
