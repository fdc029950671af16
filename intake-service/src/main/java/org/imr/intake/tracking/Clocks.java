package org.imr.intake.tracking;

import java.time.Instant;

/**
 * A case's statutory clocks as the topics reported them, each by its source, so that the outcome does not depend on
 * the order the topics are read in: the assignment notice (one business day from screening); the review's clocks
 * (records, determination) at filing (an application certified as expedited), from the assignment's audit record, and
 * recomputed by a conversion to expedited review. The conversion wins over the assignment, the assignment over filing.
 */
public record Clocks(Instant assignmentNoticeDueAt, ReviewClock atFiling, ReviewClock atAssignment, ReviewClock atConversion) {

    public static final String FILING = "filing";
    public static final String ASSIGNMENT = "assignment";
    public static final String CONVERSION = "expedited conversion";

    public static final Clocks NONE = new Clocks(null, null, null, null);

    /** When the records and the determination are due, and who said so. */
    public record ReviewClock(Instant recordsDueAt, Instant determinationDueAt, String source) {
    }

    /** The clocks as stored: the assignment notice and each source's records and determination due instants. */
    public static Clocks of(Instant assignmentNoticeDueAt, Instant filingRecords, Instant filingDetermination,
            Instant assignmentRecords, Instant assignmentDetermination, Instant conversionRecords,
            Instant conversionDetermination) {
        return new Clocks(assignmentNoticeDueAt, clock(filingRecords, filingDetermination, FILING),
                clock(assignmentRecords, assignmentDetermination, ASSIGNMENT),
                clock(conversionRecords, conversionDetermination, CONVERSION));
    }

    private static ReviewClock clock(Instant records, Instant determination, String source) {
        return records == null && determination == null ? null : new ReviewClock(records, determination, source);
    }

    Clocks withAssignmentNoticeDueAt(Instant due) {
        return new Clocks(due, atFiling, atAssignment, atConversion);
    }

    Clocks withFiling(ReviewClock clock) {
        return new Clocks(assignmentNoticeDueAt, clock, atAssignment, atConversion);
    }

    Clocks withAssignment(ReviewClock clock) {
        return new Clocks(assignmentNoticeDueAt, atFiling, clock, atConversion);
    }

    Clocks withConversion(ReviewClock clock) {
        return new Clocks(assignmentNoticeDueAt, atFiling, atAssignment, clock);
    }

    /** The clock that applies now, or null when none is known yet. */
    public ReviewClock review() {
        return atConversion != null ? atConversion : atAssignment != null ? atAssignment : atFiling;
    }
}
