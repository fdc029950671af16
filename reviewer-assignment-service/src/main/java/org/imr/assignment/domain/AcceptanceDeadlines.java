package org.imr.assignment.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Assigned cases whose reviewer has not accepted yet, with the instant each times out (the IMR calendar's acceptance
 * time-out from the assignment: a working day, so a case assigned on a Friday times out on Monday at the same time).
 * Accepting, declining, a determination or a reassignment ends the wait. Not thread-safe: the caller serialises access.
 */
public final class AcceptanceDeadlines {

    private final UnaryOperator<Instant> deadlineOf;
    private final Map<String, Pending> pendingByCase = new HashMap<>();

    /** With when a case assigned at an instant times out. */
    public AcceptanceDeadlines(UnaryOperator<Instant> deadlineOf) {
        this.deadlineOf = deadlineOf;
    }

    /** The reviewer was assigned the case at that instant: it must accept before its deadline. */
    public void assigned(String caseId, String reviewerId, Instant assignedAt) {
        pendingByCase.put(caseId, new Pending(caseId, reviewerId, deadlineOf.apply(assignedAt)));
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

    /** A case waiting for its reviewer's acceptance until the deadline. */
    public record Pending(String caseId, String reviewerId, Instant deadline) {
    }
}
