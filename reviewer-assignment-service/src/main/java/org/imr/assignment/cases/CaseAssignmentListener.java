package org.imr.assignment.cases;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.assignment.ListenerIds;
import org.imr.assignment.cases.PollBatch.Decoded;
import org.imr.kafka.PollHandler;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.topics.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Received cases, conversions to expedited review and issued determinations, a poll at a time in one transaction
 * ({@link PollHandler}), to the assignment in the order of {@link PollBatch}: the capacity the poll's determinations
 * free is offered to the waiting cases before the poll's new cases are assigned. Starts only once the roster has been
 * read (see RosterConfiguration). One instance of the group holds every partition ({@link SingleWriterAssignor}).
 */
@Component
class CaseAssignmentListener {

    private final CaseAssignment assignment;
    private final PollHandler polls;

    CaseAssignmentListener(CaseAssignment assignment, PollHandler polls) {
        this.assignment = assignment;
        this.polls = polls;
    }

    @KafkaListener(id = ListenerIds.CASE_ASSIGNMENT, autoStartup = "false", containerFactory = "caseContainerFactory",
            topics = {"#{T(org.imr.schemas.topics.Topics).CASE_RECEIVED.name()}",
                    "#{T(org.imr.schemas.topics.Topics).CASE_EXPEDITED.name()}",
                    "#{T(org.imr.schemas.topics.Topics).DETERMINATION_ISSUED.name()}"},
            properties = "partition.assignment.strategy=org.imr.assignment.cases.SingleWriterAssignor")
    void on(List<ConsumerRecord<String, Object>> records) {
        List<Decoded> decoded = records.stream()
                .map(record -> polls.decoded(record, Topics.named(record.topic()).valueType())
                        .map(value -> new Decoded(record, value)))
                .flatMap(Optional::stream)
                .toList();
        boolean offered = false;
        for (Decoded next : PollBatch.inOrder(decoded)) {
            if (!offered && !PollBatch.beforeNewCases(next)) {
                assignment.offerFreedCapacity();
                offered = true;
            }
            polls.handle(next.record(), () -> handle(next));
        }
        if (!offered) {
            assignment.offerFreedCapacity();
        }
    }

    private void handle(Decoded decoded) {
        switch (decoded.value()) {
            case DeterminationIssued determination -> assignment.determinationIssued(determination.getImrCase().getCaseId());
            case CaseExpedited expedited -> assignment.expedited((String) decoded.record().key(), expedited.getCertifiedAt());
            case CaseReceived received -> assignment.assign(received.getImrCase());
            default -> throw new IllegalStateException("not a case event: " + decoded.value().getClass().getSimpleName());
        }
    }
}
