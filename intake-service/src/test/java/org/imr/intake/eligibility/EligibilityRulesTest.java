package org.imr.intake.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.intake.application.Applications.eligible;
import static org.imr.intake.application.Applications.withScreening;

import java.time.LocalDate;

import org.imr.calendar.ImrCalendarDefaults;
import org.imr.intake.application.CaseApplication;
import org.imr.schemas.IneligibilityReason;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    private final EligibilityRules rules = new EligibilityRules(ImrCalendarDefaults.deadlines());

    @Test
    void aCompleteTimelyApplicationIsEligible() {
        Screening screening = rules.screen(eligible(), false);

        assertThat(screening.eligible()).isTrue();
        assertThat(screening.reasons()).isEmpty();
    }

    @Test
    void anUnsignedApplicationIsIneligible() {
        assertThat(rules.screen(withScreening(eligible(), null, null, true, null, null), false).reasons())
                .containsExactly(IneligibilityReason.SIGNATURE_MISSING);
        assertThat(rules.screen(withScreening(eligible(), false, null, true, null, null), false).reasons())
                .containsExactly(IneligibilityReason.SIGNATURE_MISSING);
    }

    @Test
    void theWindowRunsThirtyDaysFromReceiptOfTheUrDecision() {
        CaseApplication receivedOnTheDenialDay = withScreening(eligible(), true, LocalDate.of(2016, 11, 3), true, null, null);
        assertThat(rules.filingDeadline(receivedOnTheDenialDay)).isEqualTo(LocalDate.of(2016, 12, 3));

        CaseApplication receivedLongBefore = withScreening(eligible(), true, LocalDate.of(2016, 10, 10), true, null, null);
        assertThat(rules.screen(receivedLongBefore, false).reasons())
                .containsExactly(IneligibilityReason.NOT_FILED_WITHIN_WINDOW);
    }

    @Test
    void withoutAReceiptDateTheUrDecisionCountsAsMailedAndTheExtensionApplies() {
        assertThat(rules.filingDeadline(eligible())).isEqualTo(LocalDate.of(2016, 12, 8));
    }

    @Test
    void aMissingUrDecisionIsIneligible() {
        assertThat(rules.screen(withScreening(eligible(), true, null, false, null, null), false).reasons())
                .containsExactly(IneligibilityReason.UR_DECISION_NOT_ATTACHED);
    }

    @Test
    void aConditionallyNonCertifiedUrDecisionIsInvalid() {
        assertThat(rules.screen(withScreening(eligible(), true, null, true, true, null), false).reasons())
                .containsExactly(IneligibilityReason.UR_DECISION_CONDITIONALLY_NON_CERTIFIED);
    }

    @Test
    void aPriorImrOfTheSameTreatmentMakesItIneligible() {
        assertThat(rules.screen(eligible(), true).reasons())
                .containsExactly(IneligibilityReason.PRIOR_IMR_OF_SAME_TREATMENT);
    }

    @Test
    void disputedLiabilityAloneDefersTheApplication() {
        Screening screening = rules.screen(withScreening(eligible(), true, null, true, false, true), false);

        assertThat(screening.reasons()).containsExactly(IneligibilityReason.LIABILITY_DISPUTED);
        assertThat(screening.deferred()).isTrue();
        assertThat(screening.eligible()).isFalse();
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        CaseApplication everythingWrong = withScreening(eligible(), false, LocalDate.of(2016, 9, 1), false, true, true);

        Screening screening = rules.screen(everythingWrong, true);

        assertThat(screening.reasons()).containsExactly(IneligibilityReason.SIGNATURE_MISSING,
                IneligibilityReason.NOT_FILED_WITHIN_WINDOW, IneligibilityReason.UR_DECISION_NOT_ATTACHED,
                IneligibilityReason.UR_DECISION_CONDITIONALLY_NON_CERTIFIED,
                IneligibilityReason.PRIOR_IMR_OF_SAME_TREATMENT, IneligibilityReason.LIABILITY_DISPUTED);
        assertThat(screening.deferred()).isFalse();
    }
}
