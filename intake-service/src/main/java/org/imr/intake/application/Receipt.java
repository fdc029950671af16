package org.imr.intake.application;

import java.time.Instant;
import java.util.List;

import org.imr.intake.eligibility.Screening;
import org.imr.schemas.IneligibilityReason;

/**
 * What the applicant is told: the case id and number (none on a duplicate: it names the case by id); whether an application with the same identity had been filed before;
 * the screening's outcome with every reason; when the assignment notice is due; and whether it was published at all
 * (false: nothing was kept, submit again).
 */
public record Receipt(String caseId, String caseNumber, boolean duplicate, String status, List<IneligibilityReason> reasons,
        Instant assignmentNoticeDueAt, boolean published) {

    public static final String ELIGIBLE = "ELIGIBLE";
    public static final String INELIGIBLE = "INELIGIBLE";
    public static final String DEFERRED = "DEFERRED";
    public static final String DUPLICATE = "DUPLICATE";

    static Receipt duplicateOf(String caseId) {
        return new Receipt(caseId, null, true, DUPLICATE, List.of(), null, true);
    }

    static Receipt eligible(String caseId, String caseNumber, Instant assignmentNoticeDueAt) {
        return new Receipt(caseId, caseNumber, false, ELIGIBLE, List.of(), assignmentNoticeDueAt, true);
    }

    static Receipt ineligible(String caseId, String caseNumber, Screening screening) {
        return new Receipt(caseId, caseNumber, false, screening.deferred() ? DEFERRED : INELIGIBLE, screening.reasons(), null, true);
    }

    Receipt unpublished() {
        return new Receipt(caseId, caseNumber, duplicate, status, reasons, assignmentNoticeDueAt, false);
    }
}
