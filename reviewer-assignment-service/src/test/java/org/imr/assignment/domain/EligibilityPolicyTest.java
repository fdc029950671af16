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

import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityPolicyTest {

    private final EligibilityPolicy policy = new EligibilityPolicy(new SpecialtyTaxonomy());
    private final TreatmentHistory history = new TreatmentHistory();
    private final CaseProfile therapyCase = therapyCase("case-1");

    @Test
    void aReviewerMeetingEveryRuleIsEligible() {
        assertThat(exclusions(withAffiliations(reviewer("r", PMR), "Some Other Hospital"))).isEmpty();
    }

    @Test
    void exactlyTwentyFourHoursAWeekIsEnough() {
        assertThat(exclusions(withPractice(reviewer("r", PMR), 24, 10))).isEmpty();
        assertThat(exclusions(withPractice(reviewer("r", PMR), 23, 10)))
                .containsExactly("fewer than 24 hours a week in active practice");
    }

    @Test
    void fiveYearsInPracticeIsNotMoreThanFive() {
        assertThat(exclusions(withPractice(reviewer("r", PMR), 40, 5))).containsExactly("not more than 5 years in active practice");
        assertThat(exclusions(withPractice(reviewer("r", PMR), 40, 6))).isEmpty();
    }

    @Test
    void mustBeLicensedInTheCasesStateByDefault() {
        Reviewer elsewhere = withLicences(reviewer("r", PMR), new Licence("Texas", null), new Licence("New York", null));
        assertThat(exclusions(elsewhere)).containsExactly("not licensed in California");
    }

    @Test
    void aLicenceMustBeValidOnTheAssignmentDate() {
        assertThat(exclusions(withLicences(reviewer("r", PMR), new Licence("California", TODAY)))).isEmpty();
        assertThat(exclusions(withLicences(reviewer("r", PMR), new Licence("California", TODAY.minusDays(1)))))
                .containsExactly("licence in California expired on " + TODAY.minusDays(1));
    }

    @Test
    void theAnyStatePolicyAcceptsAValidLicenceElsewhereButNoExpiredOne() {
        EligibilityPolicy anyState = new EligibilityPolicy(new SpecialtyTaxonomy(), LicensingPolicy.ANY_STATE_CASE_STATE_PREFERRED);
        Reviewer texan = withLicences(reviewer("r", PMR), new Licence("Texas", TODAY.plusYears(1)));
        Reviewer lapsed = withLicences(reviewer("r", PMR), new Licence("Texas", TODAY.minusDays(1)));

        assertThat(anyState.assess(texan, therapyCase, 0, history).exclusions()).isEmpty();
        assertThat(anyState.assess(lapsed, therapyCase, 0, history).exclusions())
                .containsExactly("no licence valid on " + TODAY + " in any US state");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            sample   worker;                      the employee
            Counsel & Partners LLP;               the employee's attorney
            Central Valley Packing Co.;           the employer
            golden state  claims services;        the claims administrator
            Dr. Requesting Physician;             the treating provider
            VALLEY SPINE AND PAIN MEDICAL GROUP;  the provider group
            Fresno Surgery Center;                the facility
            Acme Pharma Inc.;                     the drug or device maker
            """)
    void anAffiliationWithAnyKindOfPartyExcludesWhateverItsSpelling(String affiliation, String party) {
        assertThat(exclusions(withAffiliations(reviewer("r", PMR), "Unrelated Clinic", affiliation)))
                .containsExactly("affiliated with " + party);
    }

    @Test
    void aReviewerWhoReviewedTheSameTreatmentOfTheSameWorkerIsNotEligibleAgain() {
        history.record("r", therapyCase("earlier", "worker-1", ServiceType.OCCUPATIONAL_THERAPY));

        assertThat(exclusions(reviewer("r", PMR)))
                .containsExactly("already reviewed the same treatment for this worker: [OCCUPATIONAL_THERAPY]");
        assertThat(policy.assess(reviewer("r", PMR), therapyCase("other-worker", "worker-2", ServiceType.OCCUPATIONAL_THERAPY),
                0, history).exclusions()).isEmpty();
        assertThat(policy.assess(reviewer("r", PMR), therapyCase("other-treatment", "worker-1", ServiceType.ACUPUNCTURE), 0,
                history).exclusions()).isEmpty();
    }

    @Test
    void specialtyMustSuitEveryDisputedService() {
        assertThat(exclusions(reviewer("r", "Psychiatry"))).containsExactly("no same or similar specialty for the disputed services");
    }

    @Test
    void suspendedReviewersAndFullCaseloadsAreExcluded() {
        assertThat(exclusions(withCapacity(reviewer("r", PMR), false, 25))).containsExactly("not active on the roster");
        assertThat(policy.assess(reviewer("r", PMR), therapyCase, 25, history).exclusions()).containsExactly("at case capacity");
    }

    @Test
    void aReviewerOnLeaveOnTheAssignmentDateIsExcludedWithTheLeaveAsTheReason() {
        Reviewer onLeave = withLeave(reviewer("r", PMR), new Leave(TODAY.minusDays(3), TODAY.minusDays(1)),
                new Leave(TODAY, TODAY.plusDays(6)));
        Reviewer backToday = withLeave(reviewer("r", PMR), new Leave(TODAY.minusDays(7), TODAY.minusDays(1)));
        Reviewer leavingTomorrow = withLeave(reviewer("r", PMR), new Leave(TODAY.plusDays(1), TODAY.plusDays(1)));

        assertThat(exclusions(onLeave)).containsExactly("on leave from " + TODAY + " to " + TODAY.plusDays(6));
        assertThat(exclusions(backToday)).isEmpty();
        assertThat(exclusions(leavingTomorrow)).isEmpty();
    }

    @Test
    void aLeaveCannotEndBeforeItStarts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Leave(TODAY, TODAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> exclusions(Reviewer reviewer) {
        return policy.assess(reviewer, therapyCase, 0, history).exclusions();
    }
}
