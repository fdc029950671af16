package org.imr.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.assignment.domain.Fixtures.PMR;
import static org.imr.assignment.domain.Fixtures.TODAY;
import static org.imr.assignment.domain.Fixtures.reviewer;
import static org.imr.assignment.domain.Fixtures.therapyCase;
import static org.imr.assignment.domain.Fixtures.withAffiliations;
import static org.imr.assignment.domain.Fixtures.withCapacity;
import static org.imr.assignment.domain.Fixtures.withLeave;
import static org.imr.assignment.domain.Fixtures.withLicences;
import static org.imr.assignment.domain.Fixtures.withPractice;

import java.util.List;
import java.util.Set;

import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

class ReviewerSelectorTest {

    private final Roster roster = new Roster();
    private final Workload workload = new Workload();
    private final ReviewerSelector selector = new ReviewerSelector(new EligibilityPolicy(new SpecialtyTaxonomy()), roster,
            workload);

    @Test
    void choosesTheSameSpecialtyBeforeASimilarOneAtEqualLoad() {
        roster.put(reviewer("similar", "Family Practice"));
        roster.put(reviewer("same", PMR));

        assertThat(assignedReviewer(therapyCase("case-1"))).isEqualTo("same");
    }

    @Test
    void theLeastLoadedComesFirstWhateverTheSpecialtyCloseness() {
        roster.put(reviewer("same", PMR));
        roster.put(reviewer("similar", "Family Practice"));

        assertThat(List.of(assigned("1"), assigned("2"), assigned("3"))).containsExactly("same", "similar", "same");
    }

    @Test
    void withAnAllowanceASimilarSpecialtyTakesOverOnlyWhenTheSameIsBusierByMoreThanIt() {
        ReviewerSelector patient = new ReviewerSelector(new EligibilityPolicy(new SpecialtyTaxonomy()), new Roster(),
                new Workload(), 1);
        patient.changed(reviewer("same", PMR));
        patient.changed(reviewer("similar", "Family Practice"));

        List<String> chosen = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(i -> ((Assignment.Assigned) patient.select(therapyCase("c" + i, "w" + i, ServiceType.PHYSICAL_THERAPY)))
                        .reviewer().reviewerId())
                .toList();

        assertThat(chosen).containsExactly("same", "same", "similar", "same", "similar");
    }

    @Test
    void spreadsCasesToTheLeastLoadedAmongEquallySuitedReviewers() {
        roster.put(reviewer("a", PMR));
        roster.put(reviewer("b", PMR));

        assertThat(List.of(assigned("1"), assigned("2"), assigned("3"), assigned("4"))).containsExactly("a", "b", "a", "b");
        assertThat(workload.openCases("a")).isEqualTo(2);
    }

    @Test
    void respectsCapacityAndFreesRoomWhenADeterminationIsIssued() {
        roster.put(withCapacity(reviewer("only", PMR), true, 1));

        assertThat(assigned("1")).isEqualTo("only");
        assertThat(selector.select(therapyCase("2", "worker-2", ServiceType.PHYSICAL_THERAPY)))
                .isInstanceOf(Assignment.NoEligibleReviewer.class);
        selector.closed("only");
        assertThat(assignedReviewer(therapyCase("3", "worker-3", ServiceType.PHYSICAL_THERAPY))).isEqualTo("only");
    }

    @Test
    void skipsConflictedExpiredAndRepeatReviewersAndNeverTheOnesWhoDeclined() {
        roster.put(withAffiliations(reviewer("a-conflicted", PMR), "Golden State Claims Services"));
        roster.put(withLicences(reviewer("b-expired", PMR), new Licence("California", TODAY.minusDays(1))));
        roster.put(reviewer("c-declined", PMR));
        roster.put(reviewer("d-fine", PMR));

        assertThat(assignedReviewer(therapyCase("case-1"), Set.of("c-declined"))).isEqualTo("d-fine");
        assertThat(selector.select(therapyCase("case-2"), Set.of("c-declined")))
                .as("d-fine reviewed this worker's occupational therapy already")
                .isInstanceOf(Assignment.NoEligibleReviewer.class);
    }

    @Test
    void aReviewerOnLeaveIsSkippedWithTheReasonInTheAuditAndTakesCasesAgainOnceBack() {
        roster.put(withLeave(reviewer("a-on-leave", PMR), new Leave(TODAY.minusDays(2), TODAY)));
        roster.put(reviewer("b-available", PMR));
        workload.opened("b-available");
        roster.put(reviewer("b-available", PMR));

        Assignment assignment = selector.select(therapyCase("case-1"));

        assertThat(assignment).isInstanceOfSatisfying(Assignment.Assigned.class, assigned -> {
            assertThat(assigned.reviewer().reviewerId()).as("the less loaded one is on leave").isEqualTo("b-available");
            assertThat(assigned.exclusions()).containsExactly(
                    new ReviewerExclusion("a-on-leave", List.of("on leave from " + TODAY.minusDays(2) + " to " + TODAY)));
        });
        CaseProfile tomorrow = CaseProfile.of("case-2", "California", TODAY.plusDays(1), List.of(),
                Set.of(ServiceType.PHYSICAL_THERAPY), "worker-2");
        assertThat(assignedReviewer(tomorrow)).isEqualTo("a-on-leave");
    }

    @Test
    void aCaseGoesToAGivenReviewerOnlyWhenThatReviewerIsEligibleEvenIfBusier() {
        roster.put(reviewer("a-idle", PMR));
        roster.put(reviewer("b-busy", PMR));
        workload.opened("b-busy");
        roster.put(reviewer("b-busy", PMR));
        roster.put(withAffiliations(reviewer("c-conflicted", PMR), "Acme Pharma Inc."));

        var consolidated = selector.selectReviewer(therapyCase("case-1"), "b-busy", Set.of(), "consolidated with case X");

        assertThat(consolidated).hasValueSatisfying(assigned -> {
            assertThat(assigned.reviewer().reviewerId()).isEqualTo("b-busy");
            assertThat(assigned.qualifications()).contains("1 open case(s) of a capacity of 25, consolidated with case X");
        });
        assertThat(workload.openCases("b-busy")).isEqualTo(2);
        assertThat(selector.selectReviewer(therapyCase("case-2", "w2", ServiceType.PHYSICAL_THERAPY), "c-conflicted", Set.of(),
                "consolidated")).isEmpty();
        assertThat(selector.selectReviewer(therapyCase("case-3", "w3", ServiceType.PHYSICAL_THERAPY), "a-idle",
                Set.of("a-idle"), "consolidated")).as("declined").isEmpty();
        assertThat(selector.selectReviewer(therapyCase("case-4", "w4", ServiceType.PHYSICAL_THERAPY), "nobody", Set.of(),
                "consolidated")).isEmpty();
        assertThat(workload.openCases("c-conflicted")).isZero();
        assertThat(workload.openCases("a-idle")).isZero();
    }

    @Test
    void theAnyStatePolicyPrefersALicenceInTheCasesStateAtEqualLoad() {
        ReviewerSelector anyState = new ReviewerSelector(
                new EligibilityPolicy(new SpecialtyTaxonomy(), LicensingPolicy.ANY_STATE_CASE_STATE_PREFERRED), new Roster(),
                new Workload());
        Reviewer texan = withLicences(reviewer("a-texan", PMR), new Licence("Texas", null));
        Reviewer californian = reviewer("b-californian", PMR);
        anyState.changed(texan);
        anyState.changed(californian);

        Assignment first = anyState.select(therapyCase("1", "w1", ServiceType.PHYSICAL_THERAPY));
        Assignment second = anyState.select(therapyCase("2", "w2", ServiceType.PHYSICAL_THERAPY));

        assertThat(((Assignment.Assigned) first).reviewer().reviewerId()).isEqualTo("b-californian");
        assertThat(((Assignment.Assigned) second).reviewer().reviewerId()).isEqualTo("a-texan");
    }

    @Test
    void noEligibleReviewerCarriesTheReasonsWithCountsAndEachReviewersExclusions() {
        roster.put(withLicences(reviewer("texan", PMR), new Licence("Texas", null)));
        roster.put(withPractice(reviewer("part-time", PMR), 20, 10));

        Assignment assignment = selector.select(therapyCase("case-9"));

        assertThat(assignment).isInstanceOfSatisfying(Assignment.NoEligibleReviewer.class, none -> {
            assertThat(none.reviewersConsidered()).isEqualTo(2);
            assertThat(none.reasons()).containsExactlyInAnyOrder(
                    "not licensed in California: 1 reviewer(s)",
                    "fewer than 24 hours a week in active practice: 1 reviewer(s)");
            assertThat(none.exclusions()).containsExactlyInAnyOrder(
                    new ReviewerExclusion("texan", List.of("not licensed in California")),
                    new ReviewerExclusion("part-time", List.of("fewer than 24 hours a week in active practice")));
        });
    }

    @Test
    void anEmptyRosterSaysSo() {
        assertThat(selector.select(therapyCase("case-0")))
                .isInstanceOfSatisfying(Assignment.NoEligibleReviewer.class,
                        none -> assertThat(none.reasons()).containsExactly("the roster is empty"));
    }

    @Test
    void theAuditRecordSaysWhyTheChosenQualifiesAndWhyEachOtherDidNot() {
        roster.put(reviewer("chosen", PMR));
        roster.put(withAffiliations(reviewer("conflicted", PMR), "Acme Pharma Inc."));
        roster.put(reviewer("busier", PMR));
        workload.opened("busier");
        roster.put(reviewer("busier", PMR));

        Assignment assignment = selector.select(therapyCase("case-5"));

        assertThat(assignment).isInstanceOfSatisfying(Assignment.Assigned.class, assigned -> {
            assertThat(assigned.reviewer().reviewerId()).isEqualTo("chosen");
            assertThat(assigned.qualifications()).contains("licensed in California, valid on " + TODAY,
                    "same specialty: " + PMR, "0 open case(s) of a capacity of 25, the fewest among the eligible");
            assertThat(assigned.exclusions()).containsExactly(
                    new ReviewerExclusion("conflicted", List.of("affiliated with the drug or device maker")));
        });
    }

    private String assigned(String caseId) {
        return assignedReviewer(therapyCase(caseId, "worker-" + caseId, ServiceType.PHYSICAL_THERAPY));
    }

    private String assignedReviewer(CaseProfile profile) {
        return assignedReviewer(profile, Set.of());
    }

    private String assignedReviewer(CaseProfile profile, Set<String> declinedBy) {
        return ((Assignment.Assigned) selector.select(profile, declinedBy)).reviewer().reviewerId();
    }
}
