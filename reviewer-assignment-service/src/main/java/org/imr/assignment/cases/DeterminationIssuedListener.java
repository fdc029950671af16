package org.imr.assignment.cases;

import org.imr.schemas.DeterminationIssued;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Issued determinations release their reviewer's open case (every instance reads them all; the writer holds the case). */
@Component
class DeterminationIssuedListener {

    private final CaseAssignment assignment;

    DeterminationIssuedListener(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    @KafkaListener(id = "determination-issued", topics = "#{T(org.imr.schemas.topics.Topics).DETERMINATION_ISSUED.name()}",
            groupId = "${spring.application.name}-determinations-${random.uuid}")
    void on(DeterminationIssued event) {
        assignment.determinationIssued(event.getImrCase().getCaseId());
    }
}
