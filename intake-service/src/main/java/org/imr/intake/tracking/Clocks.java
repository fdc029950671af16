package org.imr.intake.tracking;

import java.time.Instant;

/**
 * A case's statutory clocks as the topics reported them, each by its source, so that the outcome does not depend on
 * the order the topics are read in: the assignment notice (one business day from screening); the review's clocks
 * (records, determination) at filing (an application certified as expedited), from the assignment's audit record, and
 * recomputed by a conversion to expedited review. The conversion wins over the assignment, the assignment over filing.
 */
record Clocks(Instant assignmentNoticeDueAt, ReviewClock atFiling, ReviewClock atAssignment, ReviewClock atConversion) {

    static final Clocks NONE = new Clocks(null, null, null, null);

    /** When the records and the determination are due, and who said so. */
    record ReviewClock(Instant recordsDueAt, Instant determinationDueAt, String source) {
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
    ReviewClock review() {
        return atConversion != null ? atConversion : atAssignment != null ? atAssignment : atFiling;
    }
}
