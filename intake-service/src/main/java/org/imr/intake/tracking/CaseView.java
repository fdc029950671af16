package org.imr.intake.tracking;

import java.time.Instant;
import java.util.List;

import org.imr.schemas.Priority;

/**
 * Where a case is and when it is due: its status (the furthest stage reached), whether it is at risk (with why), the
 * next deadline still running, the clocks that apply (and their source), the screening reasons, the reviewer, every
 * step of its timeline and the documents of its file. No PHI.
 */
public record CaseView(String caseId, String caseNumber, Priority priority, Stage status, boolean atRisk,
        List<String> risks, Instant nextDueAt, Due due, List<String> reasons, String reviewerId,
        List<TimelineEntry> timeline, List<TrackedDocument> documents) {

    /** The clocks: assignment notice, records, determination; {@code source} says which event set the last two. */
    public record Due(Instant assignmentNoticeDueAt, Instant recordsDueAt, Instant determinationDueAt, String source) {

        public static Due of(Clocks clocks) {
            Clocks.ReviewClock review = clocks.review();
            return new Due(clocks.assignmentNoticeDueAt(), review == null ? null : review.recordsDueAt(),
                    review == null ? null : review.determinationDueAt(), review == null ? null : review.source());
        }
    }

    public static CaseView of(TrackedCase.Snapshot snapshot, AtRiskPolicy.Assessment assessment) {
        return new CaseView(snapshot.caseId(), snapshot.caseNumber(), snapshot.priority(), snapshot.status(),
                assessment.atRisk(), assessment.risks(), assessment.nextDueAt(), Due.of(snapshot.clocks()),
                snapshot.reasons(), snapshot.reviewerId(), snapshot.timeline(), snapshot.documents());
    }

    /** The same case without its timeline and documents, as listed. */
    public CaseSummary summary() {
        return new CaseSummary(caseId, caseNumber, priority, status, atRisk, risks, nextDueAt, due);
    }

    /** A case as listed by {@code GET /cases}. */
    public record CaseSummary(String caseId, String caseNumber, Priority priority, Stage status, boolean atRisk,
            List<String> risks, Instant nextDueAt, Due due) {
    }
}
