package org.imr.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Every period of the IMR process, each declared once in {@code imr-calendar.yml} with the statute or regulation it
 * comes from.
 *
 * @param filingWindow an application may be filed this long after service of the UR decision
 * @param mailingExtension added to the filing window when the UR decision was served by mail
 * @param assignmentNotice the IMR organisation notifies the parties of the assignment within this long of eligibility
 * @param standardRecords the claims administrator delivers the case file this long after the notice of assignment
 * @param electronicRecords the same, when the notice was sent electronically
 * @param expeditedRecords the same, for an expedited review
 * @param standardDetermination the determination is due this long after receipt of the application
 * @param formularyDetermination the same, for a dispute over a drug of the formulary
 * @param expeditedDetermination the same, for an expedited review
 * @param authorisation an Overturned item not yet provided is authorised within this long of the determination
 * @param reimbursement an Overturned item already provided is paid within this long of the determination
 * @param appeal the determination may be appealed within this long of its mailing
 * @param acceptanceTimeout an assigned reviewer who has not accepted the case within this long is replaced
 */
public record ImrPeriods(
        @NotNull @Valid Period filingWindow,
        @NotNull @Valid Period mailingExtension,
        @NotNull @Valid Period assignmentNotice,
        @NotNull @Valid Period standardRecords,
        @NotNull @Valid Period electronicRecords,
        @NotNull @Valid Period expeditedRecords,
        @NotNull @Valid Period standardDetermination,
        @NotNull @Valid Period formularyDetermination,
        @NotNull @Valid Period expeditedDetermination,
        @NotNull @Valid Period authorisation,
        @NotNull @Valid Period reimbursement,
        @NotNull @Valid Period appeal,
        @NotNull @Valid Period acceptanceTimeout) {
}
