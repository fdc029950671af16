package org.imr.intake.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.imr.schemas.DocumentKind;
import org.imr.schemas.Priority;

/**
 * Whether a case is at risk of missing a statutory deadline: a clock still running (the assignment notice until a
 * reviewer is assigned, the determination until it is issued) that is past due, or due within its margin; the medical
 * records past due with none received; or no eligible reviewer found. A case screened out, or decided, runs no clock.
 */
public final class AtRiskPolicy {

    private static final String MEDICAL_RECORDS = DocumentKind.MEDICAL_RECORDS.name();

    private final Duration assignmentNoticeMargin;
    private final Duration standardMargin;
    private final Duration expeditedMargin;

    public AtRiskPolicy(Duration assignmentNoticeMargin, Duration standardMargin, Duration expeditedMargin) {
        this.assignmentNoticeMargin = assignmentNoticeMargin;
        this.standardMargin = standardMargin;
        this.expeditedMargin = expeditedMargin;
    }

    /** The risks found (empty: not at risk), and the next deadline still running, if any. */
    public record Assessment(List<String> risks, Instant nextDueAt) {

        public boolean atRisk() {
            return !risks.isEmpty();
        }
    }

    Assessment assess(TrackedCase.Snapshot snapshot, Instant now) {
        if (snapshot.reached(Stage.INELIGIBLE) || snapshot.reached(Stage.DEFERRED) || snapshot.reached(Stage.DECIDED)) {
            return new Assessment(List.of(), null);
        }
        List<Running> running = new ArrayList<>();
        Clocks clocks = snapshot.clocks();
        if (!snapshot.reached(Stage.ASSIGNED) && clocks.assignmentNoticeDueAt() != null) {
            running.add(new Running("ASSIGNMENT_NOTICE", clocks.assignmentNoticeDueAt(), assignmentNoticeMargin));
        }
        Clocks.ReviewClock review = clocks.review();
        if (review != null && review.determinationDueAt() != null) {
            running.add(new Running("DETERMINATION", review.determinationDueAt(),
                    snapshot.priority() == Priority.EXPEDITED ? expeditedMargin : standardMargin));
        }
        List<String> risks = new ArrayList<>();
        if (snapshot.status() == Stage.NO_ELIGIBLE_REVIEWER) {
            risks.add("NO_ELIGIBLE_REVIEWER");
        }
        if (review != null && review.recordsDueAt() != null && now.isAfter(review.recordsDueAt())
                && snapshot.documents().stream().noneMatch(d -> MEDICAL_RECORDS.equals(d.kind()))) {
            risks.add("RECORDS_OVERDUE");
        }
        for (Running clock : running) {
            if (now.isAfter(clock.dueAt())) {
                risks.add(clock.name() + "_OVERDUE");
            } else if (!now.isBefore(clock.dueAt().minus(clock.margin()))) {
                risks.add(clock.name() + "_DUE_SOON");
            }
        }
        Optional<Instant> next = running.stream().map(Running::dueAt).min(Comparator.naturalOrder());
        return new Assessment(List.copyOf(risks), next.orElse(null));
    }

    private record Running(String name, Instant dueAt, Duration margin) {
    }
}
