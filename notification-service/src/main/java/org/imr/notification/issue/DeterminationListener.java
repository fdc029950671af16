package org.imr.notification.issue;

import org.imr.schemas.DeterminationIssued;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Decided cases to the letter issuer. */
@Component
class DeterminationListener {

    private final LetterIssuer issuer;

    DeterminationListener(LetterIssuer issuer) {
        this.issuer = issuer;
    }

    @KafkaListener(id = "letter-issue", topics = "#{T(org.imr.schemas.topics.Topics).DETERMINATION_ISSUED.name()}")
    void on(DeterminationIssued determination) {
        issuer.issue(determination);
    }
}
