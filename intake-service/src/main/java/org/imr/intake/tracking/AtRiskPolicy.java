package org.imr.intake.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.imr.schemas.Priority;

/**
 * Whether a case is at risk of missing a statutory deadline: a clock still running (the assignment notice until a
 * reviewer is assigned, the determination until it is issued) that is due (overdue from its due instant on) or due
 * within its margin; the medical records due with none received; or no eligible reviewer found. A case screened out,
 * or decided, runs no clock.
 *
 * <p>Nothing here depends on the instant but the comparison itself: {@link #thresholds} gives the instants from which
 * the case is at risk and overdue, so that a database can find the cases at risk now with an index, and
 * {@link #assess} at any instant agrees with them.
 */
public final class AtRiskPolicy {

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

    /**
     * The next deadline still running, and the instants from which the case is at risk and overdue as things stand
     * (null: not while nothing else happens).
     */
    public record Thresholds(Instant nextDueAt, Instant riskFrom, Instant overdueFrom) {
    }

    /** The margins, as a setting stored beside the thresholds computed with them. */
    public String margins() {
        return "assignment-notice=" + assignmentNoticeMargin + ",determination=" + standardMargin
                + ",expedited-determination=" + expeditedMargin;
    }

    public Assessment assess(ClockState state, Instant now) {
        List<String> risks = new ArrayList<>();
        for (Risk risk : risks(state)) {
            if (risk.overdueFrom() != null && !now.isBefore(risk.overdueFrom())) {
                risks.add(risk.name() + risk.overdueSuffix());
            } else if (!now.isBefore(risk.from())) {
                risks.add(risk.name() + risk.dueSoonSuffix());
            }
        }
        return new Assessment(List.copyOf(risks), nextDueAt(state));
    }

    public Thresholds thresholds(ClockState state) {
        List<Risk> risks = risks(state);
        return new Thresholds(nextDueAt(state), earliest(risks.stream().map(Risk::from)),
                earliest(risks.stream().map(Risk::overdueFrom)));
    }

    private Instant nextDueAt(ClockState state) {
        return earliest(running(state).stream().map(Running::dueAt));
    }

    /** In the order they are reported: no reviewer, the records, then each running clock. */
    private List<Risk> risks(ClockState state) {
        if (state.closed()) {
            return List.of();
        }
        List<Risk> risks = new ArrayList<>();
        if (state.status() == Stage.NO_ELIGIBLE_REVIEWER) {
            risks.add(new Risk("NO_ELIGIBLE_REVIEWER", Instant.EPOCH, null, "", ""));
        }
        Clocks.ReviewClock review = state.clocks().review();
        if (review != null && review.recordsDueAt() != null && !state.medicalRecordsReceived()) {
            risks.add(new Risk("RECORDS", review.recordsDueAt(), review.recordsDueAt(), "_OVERDUE", "_OVERDUE"));
        }
        for (Running clock : running(state)) {
            risks.add(new Risk(clock.name(), clock.dueAt().minus(clock.margin()), clock.dueAt(), "_OVERDUE",
                    "_DUE_SOON"));
        }
        return risks;
    }

    private List<Running> running(ClockState state) {
        if (state.closed()) {
            return List.of();
        }
        List<Running> running = new ArrayList<>();
        Clocks clocks = state.clocks();
        if (!state.reached(Stage.ASSIGNED) && clocks.assignmentNoticeDueAt() != null) {
            running.add(new Running("ASSIGNMENT_NOTICE", clocks.assignmentNoticeDueAt(), assignmentNoticeMargin));
        }
        Clocks.ReviewClock review = clocks.review();
        if (review != null && review.determinationDueAt() != null) {
            running.add(new Running("DETERMINATION", review.determinationDueAt(),
                    state.priority() == Priority.EXPEDITED ? expeditedMargin : standardMargin));
        }
        return running;
    }

    private static Instant earliest(Stream<Instant> instants) {
        return instants.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private record Running(String name, Instant dueAt, Duration margin) {
    }

    /** A risk from an instant on, overdue (if it can be) from another. */
    private record Risk(String name, Instant from, Instant overdueFrom, String overdueSuffix, String dueSoonSuffix) {
    }
}
