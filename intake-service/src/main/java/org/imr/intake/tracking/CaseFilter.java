package org.imr.intake.tracking;

import java.time.Instant;

import org.imr.schemas.Priority;

/** What {@code GET /cases} lists: each criterion, when given, must hold; {@code dueBefore} is on the next deadline. */
public record CaseFilter(Stage status, Priority priority, Instant dueBefore, Boolean atRisk) {

    boolean matches(CaseView view) {
        return (status == null || status == view.status())
                && (priority == null || priority == view.priority())
                && (dueBefore == null || view.nextDueAt() != null && view.nextDueAt().isBefore(dueBefore))
                && (atRisk == null || atRisk == view.atRisk());
    }
}
