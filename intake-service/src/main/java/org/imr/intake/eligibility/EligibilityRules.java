package org.imr.intake.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.imr.calendar.ImrDeadlines;
import org.imr.intake.application.CaseApplication;
import org.imr.schemas.IneligibilityReason;

/**
 * DWC's eligibility rules for an IMR application (8 CCR 9792.10.1, 9792.10.3), every one checked so that the notice
 * lists every reason: signature, timeliness, UR decision attached and valid, no prior IMR of the same treatment,
 * liability not disputed on other grounds (deferred).
 */
public final class EligibilityRules {

    private final ImrDeadlines deadlines;

    public EligibilityRules(ImrDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public Screening screen(CaseApplication application, boolean priorImrOfSameTreatment) {
        List<IneligibilityReason> reasons = new ArrayList<>();
        if (!Boolean.TRUE.equals(application.signed())) {
            reasons.add(IneligibilityReason.SIGNATURE_MISSING);
        }
        LocalDate deadline = filingDeadline(application);
        if (application.applicationReceivedDate().isAfter(deadline)) {
            reasons.add(IneligibilityReason.NOT_FILED_WITHIN_WINDOW);
        }
        if (!Boolean.TRUE.equals(application.urDecisionAttached())) {
            reasons.add(IneligibilityReason.UR_DECISION_NOT_ATTACHED);
        }
        if (Boolean.TRUE.equals(application.urDecisionConditionallyNonCertified())) {
            reasons.add(IneligibilityReason.UR_DECISION_CONDITIONALLY_NON_CERTIFIED);
        }
        if (priorImrOfSameTreatment) {
            reasons.add(IneligibilityReason.PRIOR_IMR_OF_SAME_TREATMENT);
        }
        if (Boolean.TRUE.equals(application.liabilityDisputed())) {
            reasons.add(IneligibilityReason.LIABILITY_DISPUTED);
        }
        return new Screening(reasons, deadline);
    }

    /** The window runs from receipt of the UR decision; without a receipt date, from service by mail plus extension. */
    LocalDate filingDeadline(CaseApplication application) {
        if (application.urDecisionReceivedDate() != null) {
            return deadlines.filingDeadline(application.urDecisionReceivedDate());
        }
        return deadlines.filingDeadlineServedByMail(application.urDenialDate());
    }
}
