package org.imr.intake.tracking;

import java.time.Instant;
import java.util.Set;

import org.imr.schemas.Priority;

/**
 * Which cases a list shows: each criterion, when given, must hold. {@code statuses}: one of them (empty: any);
 * {@code dueBefore}: the next running deadline is before it; {@code atRisk}, {@code overdue}: at the instant asked;
 * {@code reviewerId}: the reviewer holding the case.
 */
public record CaseFilter(Set<Stage> statuses, Priority priority, Instant dueBefore, Boolean atRisk, Boolean overdue,
        String reviewerId) {

    public static final CaseFilter ALL = new CaseFilter(Set.of(), null, null, null, null, null);

    public CaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** What {@code GET /cases} filters on. */
    public static CaseFilter of(Stage status, Priority priority, Instant dueBefore, Boolean atRisk) {
        return new CaseFilter(status == null ? Set.of() : Set.of(status), priority, dueBefore, atRisk, null, null);
    }

    public CaseFilter withStatuses(Set<Stage> only) {
        return new CaseFilter(only, priority, dueBefore, atRisk, overdue, reviewerId);
    }
}
