package org.imr.assignment.cases;

import java.util.List;
import java.util.Set;

import org.imr.assignment.domain.Assignment;
import org.imr.assignment.domain.Reviewer;
import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.imr.schemas.AuditedExclusion;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ReviewerAssignmentAudited;
import org.imr.schemas.ReviewerCredentials;

/** What an assignment decision publishes about the reviewer: the letter's credentials and the audit event (ids, never names). */
final class AuditRecords {

    private AuditRecords() {
    }

    /** The credentials the letter prints: licensure states (California first) and specialties, never the name. */
    static ReviewerCredentials credentials(Reviewer reviewer) {
        return new ReviewerCredentials(reviewer.reviewerId(),
                reviewer.licensureStates().stream().sorted(AuditRecords::californiaFirst).toList(),
                String.join(", ", reviewer.specialties()));
    }

    /** Letters list California first, then the other states alphabetically. */
    private static int californiaFirst(String a, String b) {
        boolean aCa = a.equals("California");
        boolean bCa = b.equals("California");
        return aCa == bCa ? a.compareTo(b) : aCa ? -1 : 1;
    }

    static ReviewerAssignmentAudited of(EventEnvelope envelope, Assignment assignment, Set<String> declinedBy,
            DueDates due) {
        return of(envelope, assignment, declinedBy, due, null);
    }

    /** The audit record of a decision; the note says how the reviewer was chosen when not the usual way (else null). */
    static ReviewerAssignmentAudited of(EventEnvelope envelope, Assignment assignment, Set<String> declinedBy,
            DueDates due, String note) {
        ReviewerAssignmentAudited.Builder audit = ReviewerAssignmentAudited.newBuilder()
                .setEnvelope(envelope)
                .setCaseId(assignment.caseId())
                .setExclusions(assignment.exclusions().stream()
                        .map(e -> new AuditedExclusion(e.reviewerId(), e.reasons())).toList())
                .setDeclinedBy(declinedBy.stream().sorted().toList())
                .setNote(note);
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

    /** A change of the case that is not a choice of reviewer (the reviewer holding it, if any), with its due dates. */
    static ReviewerAssignmentAudited change(EventEnvelope envelope, String caseId, String reviewerId, Set<String> declinedBy,
            DueDates due, String note) {
        return ReviewerAssignmentAudited.newBuilder().setEnvelope(envelope).setCaseId(caseId).setReviewerId(reviewerId)
                .setQualifications(List.of()).setExclusions(List.of()).setDeclinedBy(declinedBy.stream().sorted().toList())
                .setDeterminationDueDate(due.determinationDue()).setRecordsDueDate(due.recordsDue()).setNote(note).build();
    }
}
