package org.imr.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a review's determination and case file are due, as dates (the audit, the letters) and as the instants they pass
 * at (case tracking): a date is due by the end of that day; 24 hours end at their instant, on the date it falls on.
 */
public record ReviewDeadlines(LocalDate determinationDue, Instant determinationDueAt, LocalDate recordsDue,
        Instant recordsDueAt) {
}
