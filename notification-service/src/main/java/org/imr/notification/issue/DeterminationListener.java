package org.imr.notification.issue;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.kafka.PollHandler;
import org.imr.schemas.DeterminationIssued;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Decided cases to the letter issuer, a poll at a time in one transaction (see {@link PollHandler}), on
 * {@code imr.letters.issuers} consumers.
 */
@Component
class DeterminationListener {

    private final LetterIssuer issuer;
    private final PollHandler polls;

    DeterminationListener(LetterIssuer issuer, PollHandler polls) {
        this.issuer = issuer;
        this.polls = polls;
    }

    @KafkaListener(id = "letter-issue", topics = "#{T(org.imr.schemas.topics.Topics).DETERMINATION_ISSUED.name()}",
            concurrency = "${imr.letters.issuers}")
    void on(List<ConsumerRecord<String, Object>> records) {
        polls.each(records, DeterminationIssued.class, issuer::issue);
    }
}
