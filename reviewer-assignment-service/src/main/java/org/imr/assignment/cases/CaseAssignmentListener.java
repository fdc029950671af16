package org.imr.assignment.cases;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.assignment.ListenerIds;
import org.imr.kafka.UnprocessableEventException;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseReceived;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Received cases and conversions to expedited review, a poll at a time, to the assignment: expedited cases before
 * standard ones ({@link PollBatch}). Starts only once the roster has been read (see RosterConfiguration). One instance
 * of the group holds every partition ({@link SingleWriterAssignor}). A record that cannot be decoded or handled is
 * reported for the dead-letter topic; the records read after it come again and the assignment ignores those it
 * handled already.
 */
@Component
class CaseAssignmentListener {

    private static final LogAccessor LOG = new LogAccessor(CaseAssignmentListener.class);

    private final CaseAssignment assignment;

    CaseAssignmentListener(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    @KafkaListener(id = ListenerIds.CASE_ASSIGNMENT, autoStartup = "false", containerFactory = "caseContainerFactory",
            topics = {"#{T(org.imr.schemas.topics.Topics).CASE_RECEIVED.name()}",
                    "#{T(org.imr.schemas.topics.Topics).CASE_EXPEDITED.name()}"},
            properties = "partition.assignment.strategy=org.imr.assignment.cases.SingleWriterAssignor")
    void on(List<ConsumerRecord<String, Object>> records) {
        PollBatch batch = new PollBatch(records);
        Set<ConsumerRecord<?, ?>> handled = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ConsumerRecord<?, ?> record : batch.inOrder()) {
            try {
                handle(record);
            } catch (RuntimeException e) {
                throw failed(batch.firstNotIn(handled).orElse(record), e);
            }
            handled.add(record);
        }
        batch.firstNotIn(handled).ifPresent(undecodable -> {
            throw failed(undecodable, null);
        });
    }

    private void handle(ConsumerRecord<?, ?> record) {
        switch (record.value()) {
            case CaseExpedited expedited -> assignment.expedited((String) record.key(), expedited.getCertifiedAt());
            case CaseReceived received -> assignment.assign(received.getImrCase());
            default -> throw new UnprocessableEventException("not a case event at offset " + record.offset());
        }
    }

    /** The first record not handled, with why: its own decoding error, else the error that stopped the poll. */
    private static BatchListenerFailedException failed(ConsumerRecord<?, ?> record, RuntimeException cause) {
        DeserializationException undecodable = PollBatch.decodable(record) ? null
                : SerializationUtils.getExceptionFromHeader(record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        Throwable reason = undecodable != null ? undecodable
                : cause != null ? cause : new UnprocessableEventException("undecodable record");
        return new BatchListenerFailedException(reason.getMessage(), reason, record);
    }
}
