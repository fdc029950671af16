package org.imr.assignment.cases;

import java.util.Set;

import org.imr.assignment.domain.Assignment;
import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.ImrCase;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.ReviewerResponse;
import org.imr.schemas.topics.Topics;
import org.springframework.stereotype.Component;

/** Publishes what the assignment decided: the assignment or the wait, each with its audit record, and responses. */
@Component
class DecisionPublisher {

    private final EventPublisher publisher;
    private final Envelopes envelopes;

    DecisionPublisher(EventPublisher publisher, Envelopes envelopes) {
        this.publisher = publisher;
        this.envelopes = envelopes;
    }

    /** The case was assigned; the note says how the reviewer was chosen when not the usual way (else null). */
    void assigned(ImrCase imrCase, Assignment.Assigned assigned, Set<String> declinedBy, DueDates due, String note) {
        String caseId = imrCase.getCaseId();
        publisher.publish(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId,
                AuditRecords.of(envelopes.forCase(caseId), assigned, declinedBy, due, note));
        publisher.publish(Topics.REVIEWER_ASSIGNED, caseId, new ReviewerAssigned(envelopes.forCase(caseId), imrCase,
                AuditRecords.credentials(assigned.reviewer()), assigned.qualifications(), due.determinationDue()));
    }

    void noEligibleReviewer(ImrCase imrCase, Assignment.NoEligibleReviewer none, Set<String> declinedBy) {
        String caseId = imrCase.getCaseId();
        publisher.publish(Topics.NO_ELIGIBLE_REVIEWER, caseId, new NoEligibleReviewerFound(
                envelopes.forCase(caseId), imrCase, none.reasons(), none.reviewersConsidered()));
        publisher.publish(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId,
                AuditRecords.of(envelopes.forCase(caseId), none, declinedBy, null));
    }

    /** The case was converted to expedited review: its due dates, recomputed, in an audit record. */
    void expedited(String caseId, String reviewerId, Set<String> declinedBy, DueDates due) {
        publisher.publish(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId, AuditRecords.change(envelopes.forCase(caseId), caseId,
                reviewerId, declinedBy, due, "converted to expedited review: due dates recomputed from the certification"));
    }

    void responded(String caseId, String reviewerId, ReviewerResponse response) {
        publisher.publish(Topics.REVIEWER_RESPONSES, caseId,
                new ReviewerResponded(envelopes.forCase(caseId), caseId, reviewerId, response));
    }
}
