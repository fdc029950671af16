package org.imr.assignment.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The IMR deadlines (Labor Code 4610.6(d), 8 CCR 9792.10.5): the determination is due 30 days after the application
 * was received, 3 days for an expedited review, 5 working days for a formulary drug dispute; the medical records are
 * due 15 days after the notice of assignment, 12 when it was sent electronically, 24 hours for an expedited review.
 */
public final class StatutoryClock {

    public static final int STANDARD_DAYS = 30;
    public static final int EXPEDITED_DAYS = 3;
    public static final int FORMULARY_WORKING_DAYS = 5;
    public static final int RECORDS_DAYS = 15;
    public static final int RECORDS_DAYS_ELECTRONIC = 12;

    public DueDates dueDates(boolean expedited, boolean formularyDispute, boolean electronicNotice, LocalDate received,
            LocalDate assigned) {
        LocalDate determination = expedited ? received.plusDays(EXPEDITED_DAYS)
                : formularyDispute ? plusWorkingDays(received, FORMULARY_WORKING_DAYS)
                : received.plusDays(STANDARD_DAYS);
        LocalDate records = expedited ? assigned.plusDays(1)
                : assigned.plusDays(electronicNotice ? RECORDS_DAYS_ELECTRONIC : RECORDS_DAYS);
        return new DueDates(determination, records);
    }

    /**
     * A regular case converted to expedited review (8 CCR 9792.10.4(c)): the clocks restart from the physician's
     * certification, 3 days for the determination and 24 hours for the records.
     */
    public DueDates convertedToExpedited(LocalDate certified) {
        return new DueDates(certified.plusDays(EXPEDITED_DAYS), certified.plusDays(1));
    }

    private static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }

    /** When the determination and the records are due. */
    public record DueDates(LocalDate determinationDue, LocalDate recordsDue) {
    }
}
