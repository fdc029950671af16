package org.imr.assignment.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigned cases whose reviewer has not accepted yet, with the instant each times out: the assignment instant plus
 * the acceptance time-out, moved past a weekend when it would fall on one (so a time-out of a day is a working day).
 * Accepting, declining, a determination or a reassignment ends the wait. Not thread-safe: the caller serialises access.
 */
public final class AcceptanceDeadlines {

    private final Duration timeout;
    private final Map<String, Pending> pendingByCase = new HashMap<>();

    public AcceptanceDeadlines(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the acceptance time-out must be positive, was " + timeout);
        }
        this.timeout = timeout;
    }

    /** The reviewer was assigned the case at that instant: it must accept before its deadline. */
    public void assigned(String caseId, String reviewerId, Instant assignedAt) {
        pendingByCase.put(caseId, new Pending(caseId, reviewerId, deadline(assignedAt, timeout)));
    }

    /** The reviewer accepted the case; false when it was not waiting for this reviewer's acceptance. */
    public boolean accepted(String caseId, String reviewerId) {
        Pending pending = pendingByCase.get(caseId);
        if (pending == null || !pending.reviewerId().equals(reviewerId)) {
            return false;
        }
        pendingByCase.remove(caseId);
        return true;
    }

    /** The case no longer waits for an acceptance (declined, timed out, determined). */
    public void ended(String caseId) {
        pendingByCase.remove(caseId);
    }

    public boolean isPending(String caseId) {
        return pendingByCase.containsKey(caseId);
    }

    /** The cases whose deadline is before or at {@code now}, earliest deadline first. */
    public List<Pending> overdue(Instant now) {
        return pendingByCase.values().stream().filter(p -> !p.deadline().isAfter(now))
                .sorted(Comparator.comparing(Pending::deadline).thenComparing(Pending::caseId)).toList();
    }

    /** When a case assigned at that instant times out: a deadline on a Saturday or Sunday (UTC) moves to Monday. */
    static Instant deadline(Instant assignedAt, Duration timeout) {
        ZonedDateTime deadline = assignedAt.plus(timeout).atZone(ZoneOffset.UTC);
        while (deadline.getDayOfWeek() == DayOfWeek.SATURDAY || deadline.getDayOfWeek() == DayOfWeek.SUNDAY) {
            deadline = deadline.plusDays(1);
        }
        return deadline.toInstant();
    }

    /** A case waiting for its reviewer's acceptance until the deadline. */
    public record Pending(String caseId, String reviewerId, Instant deadline) {
    }
}
