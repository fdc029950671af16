package org.imr.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTest {

    private final EligibilityPolicy policy = new EligibilityPolicy(new SpecialtyTaxonomy());
    private final CaseProfile therapyCase = new CaseProfile("case-1", "California",
            Set.of("Central Valley Packing Co.", "Golden State Claims Services", "Dr. Requesting Physician"),
            Set.of(ServiceType.OCCUPATIONAL_THERAPY));

    @Test
    void aReviewerMeetingEveryRuleIsEligible() {
        assertThat(policy.assess(eligible(), therapyCase, 0).eligible()).isTrue();
    }

    @Test
    void exactlyTwentyFourHoursAWeekIsEnough() {
        assertThat(policy.assess(with(24, 10, Set.of("California"), Set.of()), therapyCase, 0).eligible()).isTrue();
        assertThat(exclusions(with(23, 10, Set.of("California"), Set.of())))
                .containsExactly("fewer than 24 hours a week in active practice");
    }

    @Test
    void fiveYearsInPracticeIsNotMoreThanFive() {
        assertThat(exclusions(with(40, 5, Set.of("California"), Set.of())))
                .containsExactly("not more than 5 years in active practice");
        assertThat(policy.assess(with(40, 6, Set.of("California"), Set.of()), therapyCase, 0).eligible()).isTrue();
    }

    @Test
    void mustBeLicensedInTheCasesState() {
        assertThat(exclusions(with(40, 10, Set.of("Texas", "New York"), Set.of()))).containsExactly("not licensed in California");
    }

    @Test
    void anAffiliationWithAnyPartyExcludesWhateverItsSpellingCase() {
        assertThat(exclusions(with(40, 10, Set.of("California"), Set.of("golden state  claims services"))))
                .containsExactly("affiliated with a party to the case");
    }

    @Test
    void specialtyMustSuitEveryDisputedService() {
        Reviewer psychiatrist = new Reviewer("r", List.of("Psychiatry"), Set.of("California"), 40, 10, Set.of(), true, 25);
        assertThat(exclusions(psychiatrist)).containsExactly("no same or similar specialty for the disputed services");
    }

    @Test
    void suspendedReviewersAndFullCaseloadsAreExcluded() {
        Reviewer suspended = new Reviewer("r", List.of("Physical Medicine & Rehabilitation"), Set.of("California"), 40, 10,
                Set.of(), false, 25);
        assertThat(exclusions(suspended)).containsExactly("not active on the roster");
        assertThat(policy.assess(eligible(), therapyCase, 25).exclusions()).containsExactly("at case capacity");
    }

    private List<String> exclusions(Reviewer reviewer) {
        return policy.assess(reviewer, therapyCase, 0).exclusions();
    }

    private static Reviewer eligible() {
        return with(40, 10, Set.of("California", "Hawaii"), Set.of("Some Other Hospital"));
    }

    private static Reviewer with(int hours, int years, Set<String> states, Set<String> affiliations) {
        return new Reviewer("r", List.of("Physical Medicine & Rehabilitation"), states, hours, years, affiliations, true, 25);
    }
}
