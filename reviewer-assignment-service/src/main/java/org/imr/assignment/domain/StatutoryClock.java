package org.imr.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.imr.calendar.ImrDeadlines;
import org.imr.calendar.ReviewDeadlines;
import org.imr.calendar.ReviewTrack;

/**
 * The due dates an assignment audits, from the periods of the IMR calendar ({@code imr.calendar.periods}): the
 * determination from the receipt of the application (standard, formulary drug dispute or expedited), the case file
 * from the notice of assignment (by post, electronically, or in hours for an expedited review).
 */
public final class StatutoryClock {

    private final ImrDeadlines deadlines;

    public StatutoryClock(ImrDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public DueDates dueDates(boolean expedited, boolean formularyDispute, boolean electronicNotice, LocalDate received,
            Instant noticeSentAt) {
        return of(deadlines.review(ReviewTrack.of(expedited, formularyDispute), electronicNotice, received, noticeSentAt));
    }

    /** A regular case converted to expedited review (8 CCR 9792.10.4(c)): the clocks restart from the certification. */
    public DueDates convertedToExpedited(Instant certifiedAt) {
        return of(deadlines.convertedToExpedited(certifiedAt));
    }

    private static DueDates of(ReviewDeadlines deadlines) {
        return new DueDates(deadlines.determinationDue(), deadlines.recordsDue());
    }

    /** When the determination and the records are due: dates in California. */
    public record DueDates(LocalDate determinationDue, LocalDate recordsDue) {
    }
}
