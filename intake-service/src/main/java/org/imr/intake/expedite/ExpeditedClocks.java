package org.imr.intake.expedite;

import java.time.Instant;

import org.imr.calendar.ReviewDeadlines;

/**
 * The clocks of an expedited review as intake answers them: when the case file and the determination are due (the
 * IMR calendar's expedited periods: the records at the instant their hours end, the determination by the end of its
 * last day in California).
 */
public record ExpeditedClocks(Instant recordsDueAt, Instant determinationDueAt) {

    public static ExpeditedClocks of(ReviewDeadlines deadlines) {
        return new ExpeditedClocks(deadlines.recordsDueAt(), deadlines.determinationDueAt());
    }
}
