package org.imr.intake.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.imr.calendar.ImrCalendar;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerAssignmentAudited;

/**
 * Reviewer assignment: the reviewer (by id), no eligible reviewer (with the summarised reasons), and the statutory due
 * dates from the assignment's audit record, each date due by the end of that day on the IMR calendar.
 */
final class AssignmentProjection implements Projection {

    private final ImrCalendar calendar;

    AssignmentProjection(ImrCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Set<Class<? extends SpecificRecord>> events() {
        return Set.of(ReviewerAssigned.class, NoEligibleReviewerFound.class, ReviewerAssignmentAudited.class);
    }

    @Override
    public void project(SpecificRecord event, TrackedCase trackedCase) {
        switch (event) {
            case ReviewerAssigned assigned -> {
                String reviewer = assigned.getReviewer().getReviewerId();
                if (trackedCase.record(assigned.getEnvelope().getEventId(), Stage.ASSIGNED,
                        assigned.getEnvelope().getOccurredAt(), "reviewer " + reviewer)) {
                    trackedCase.assignTo(reviewer);
                    trackedCase.identify(assigned.getImrCase().getCaseNumber(), assigned.getImrCase().getPriority());
                }
            }
            case NoEligibleReviewerFound none -> trackedCase.record(none.getEnvelope().getEventId(),
                    Stage.NO_ELIGIBLE_REVIEWER, none.getEnvelope().getOccurredAt(),
                    none.getReviewersConsidered() + " reviewers considered: " + String.join("; ", none.getReasons()));
            case ReviewerAssignmentAudited audit -> {
                if (audit.getDeterminationDueDate() != null) {
                    trackedCase.updateClocks(clocks -> clocks.withAssignment(new Clocks.ReviewClock(
                            endOf(audit.getRecordsDueDate()), endOf(audit.getDeterminationDueDate()), "assignment")));
                }
            }
            default -> throw new IllegalArgumentException("Not an assignment event: " + event.getClass());
        }
    }

    private Instant endOf(LocalDate date) {
        return date == null ? null : calendar.endOf(date);
    }
}
