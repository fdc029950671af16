package org.imr.intake.tracking;

import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.ReviewerResponse;

/**
 * The assigned reviewer's response: accepted (the case is in review), or declined or timed out (the reviewer no longer
 * holds the case, unless another reviewer was assigned since, and it waits for the next).
 */
final class ResponseProjection implements Projection {

    @Override
    public Set<Class<? extends SpecificRecord>> events() {
        return Set.of(ReviewerResponded.class);
    }

    @Override
    public void project(SpecificRecord event, TrackedCase trackedCase) {
        ReviewerResponded responded = (ReviewerResponded) event;
        if (responded.getResponse() == ReviewerResponse.UNKNOWN) {
            return; // a response of a kind this service does not know yet
        }
        String reviewer = responded.getReviewerId();
        boolean accepted = responded.getResponse() == ReviewerResponse.ACCEPTED;
        String detail = (accepted ? "accepted by " : responded.getResponse() == ReviewerResponse.TIMED_OUT
                ? "no answer in time from " : "declined by ") + "reviewer " + reviewer;
        if (trackedCase.record(responded.getEnvelope().getEventId(), accepted ? Stage.IN_REVIEW : Stage.DECLINED,
                responded.getEnvelope().getOccurredAt(), detail) && !accepted) {
            trackedCase.release(reviewer);
        }
    }
}
