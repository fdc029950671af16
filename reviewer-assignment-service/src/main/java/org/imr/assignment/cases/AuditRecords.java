package org.imr.assignment.cases;

import java.util.List;
import java.util.Set;

import org.imr.assignment.domain.Assignment;
import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.imr.schemas.AuditedExclusion;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ReviewerAssignmentAudited;

/** The audit event of an assignment decision (reviewer ids only, never names). */
final class AuditRecords {

    private AuditRecords() {
    }

    static ReviewerAssignmentAudited of(EventEnvelope envelope, Assignment assignment, Set<String> declinedBy,
            DueDates due) {
        ReviewerAssignmentAudited.Builder audit = ReviewerAssignmentAudited.newBuilder()
                .setEnvelope(envelope)
                .setCaseId(assignment.caseId())
                .setExclusions(assignment.exclusions().stream()
                        .map(e -> new AuditedExclusion(e.reviewerId(), e.reasons())).toList())
                .setDeclinedBy(declinedBy.stream().sorted().toList());
        if (assignment instanceof Assignment.Assigned assigned) {
            audit.setReviewerId(assigned.reviewer().reviewerId())
                    .setQualifications(assigned.qualifications())
                    .setDeterminationDueDate(due.determinationDue())
                    .setRecordsDueDate(due.recordsDue());
        } else {
            audit.setQualifications(List.of());
        }
        return audit.build();
    }
}
