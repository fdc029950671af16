package org.imr.assignment.cases;

import org.imr.assignment.ListenerIds;
import org.imr.schemas.CaseReceived;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Received cases to the assignment; starts only once the roster has been read (see RosterConfiguration). One instance
 * of the group holds every partition ({@link SingleWriterAssignor}).
 */
@Component
class CaseAssignmentListener {

    private final CaseAssignment assignment;

    CaseAssignmentListener(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    @KafkaListener(id = ListenerIds.CASE_ASSIGNMENT, autoStartup = "false",
            topics = "#{T(org.imr.schemas.topics.Topics).CASE_RECEIVED.name()}", containerFactory = "caseContainerFactory",
            properties = "partition.assignment.strategy=org.imr.assignment.cases.SingleWriterAssignor")
    void on(CaseReceived event) {
        assignment.assign(event.getImrCase());
    }
}
