package org.imr.determination.decide;

import org.imr.schemas.ReviewerAssigned;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Assigned cases to the determination. */
@Component
class ReviewerAssignedListener {

    private final CaseDetermination determination;

    ReviewerAssignedListener(CaseDetermination determination) {
        this.determination = determination;
    }

    @KafkaListener(id = "case-determination", topics = "#{T(org.imr.schemas.topics.Topics).REVIEWER_ASSIGNED.name()}")
    void on(ReviewerAssigned assignment) {
        determination.decide(assignment);
    }
}
