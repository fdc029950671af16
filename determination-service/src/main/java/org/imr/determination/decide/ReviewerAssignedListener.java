package org.imr.determination.decide;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.kafka.PollHandler;
import org.imr.schemas.ReviewerAssigned;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Assigned cases to their drafts, a poll at a time in one transaction (see {@link PollHandler}). */
@Component
class ReviewerAssignedListener {

    private final CaseDrafting drafting;
    private final PollHandler polls;

    ReviewerAssignedListener(CaseDrafting drafting, PollHandler polls) {
        this.drafting = drafting;
        this.polls = polls;
    }

    /** The id names the consumer group (see ListenerGroups): kept from before drafts, so are its offsets. */
    @KafkaListener(id = "case-determination", topics = "#{T(org.imr.schemas.topics.Topics).REVIEWER_ASSIGNED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        polls.each(records, ReviewerAssigned.class, drafting::draft);
    }
}
