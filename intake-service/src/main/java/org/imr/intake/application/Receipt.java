package org.imr.intake.application;

import java.time.Instant;
import java.util.List;

import org.imr.intake.eligibility.Screening;
import org.imr.intake.expedite.ExpeditedClocks;
import org.imr.schemas.IneligibilityReason;

/**
 * What the applicant is told: the case id and number (none on a duplicate: it names the case by id); whether an application with the same identity had been filed before;
 * the screening's outcome with every reason; when the assignment notice is due (and, for an application certified as
 * expedited, the records and the determination: expedited clocks from filing); and whether it was published at all
 * (false: nothing was kept, submit again).
 */
public record Receipt(String caseId, String caseNumber, boolean duplicate, String status, List<IneligibilityReason> reasons,
        Instant assignmentNoticeDueAt, Instant recordsDueAt, Instant determinationDueAt, boolean published) {

    public static final String ELIGIBLE = "ELIGIBLE";
    public static final String INELIGIBLE = "INELIGIBLE";
    public static final String DEFERRED = "DEFERRED";
    public static final String DUPLICATE = "DUPLICATE";

    static Receipt duplicateOf(String caseId) {
        return new Receipt(caseId, null, true, DUPLICATE, List.of(), null, null, null, true);
    }

    /** An eligible case; an expedited one with its expedited clocks from the start (null for a standard case). */
    static Receipt eligible(String caseId, String caseNumber, Instant assignmentNoticeDueAt, ExpeditedClocks expedited) {
        return new Receipt(caseId, caseNumber, false, ELIGIBLE, List.of(), assignmentNoticeDueAt,
                expedited == null ? null : expedited.recordsDueAt(),
                expedited == null ? null : expedited.determinationDueAt(), true);
    }

    static Receipt ineligible(String caseId, String caseNumber, Screening screening) {
        return new Receipt(caseId, caseNumber, false, screening.deferred() ? DEFERRED : INELIGIBLE, screening.reasons(), null,
                null, null, true);
    }

    /** Nothing of the application was kept: submit it again. */
    static Receipt unpublished(String caseId) {
        return new Receipt(caseId, null, false, null, List.of(), null, null, null, false);
    }
}
