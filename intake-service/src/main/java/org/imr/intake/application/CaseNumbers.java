package org.imr.intake.application;

import java.time.LocalDate;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.CaseNumberAllocated;
import org.imr.schemas.topics.Topics;
import org.springframework.stereotype.Component;

/**
 * Allocates case numbers from a log: every allocation is appended to partition 0 of the compacted topic
 * {@code imr.case-number-allocations}, and the offset the broker gives it is the number's sequence. The broker
 * appends to a partition one record at a time, so two intake instances never get the same offset; offsets never go
 * back, not after a restart of intake or of the broker, nor after compaction (which removes records, never
 * renumbers them). Numbers are therefore unique and durable without any coordination between instances. A send that
 * fails leaves a gap, never a duplicate. The topic must never be deleted: its offsets would start again at 0.
 */
@Component
class CaseNumbers {

    static final int ALLOCATION_PARTITION = 0;

    private final EventPublisher publisher;
    private final Envelopes envelopes;

    CaseNumbers(EventPublisher publisher, Envelopes envelopes) {
        this.publisher = publisher;
        this.envelopes = envelopes;
    }

    String allocate(String caseId, String applicationId, LocalDate received) {
        RecordMetadata appended = publisher.publishToPartition(Topics.CASE_NUMBER_ALLOCATIONS, ALLOCATION_PARTITION,
                caseId, new CaseNumberAllocated(envelopes.forCase(caseId), applicationId, null));
        return CaseNumberFormat.of(received, appended.offset());
    }
}
