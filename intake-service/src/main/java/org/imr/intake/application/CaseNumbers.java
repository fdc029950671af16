package org.imr.intake.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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

    /** A number for one case, in a transaction of its own (or the one under way). */
    String allocate(String caseId, String applicationId, LocalDate received) {
        return publisher.inTransaction(() -> allocateAll(List.of(new Request(caseId, applicationId, received))))
                .get(caseId);
    }

    /**
     * Numbers for many cases at once (a bulk chunk), in the transaction under way: every allocation is sent, then every
     * acknowledgement awaited (the broker has appended them: their offsets are known, though they commit with the
     * transaction). An allocation whose transaction aborts leaves a gap, as does every transaction's commit marker.
     */
    Map<String, String> allocateAll(List<Request> requests) {
        List<CompletableFuture<RecordMetadata>> appended = requests.stream()
                .map(r -> publisher.sendToPartition(Topics.CASE_NUMBER_ALLOCATIONS, ALLOCATION_PARTITION, r.caseId(),
                        new CaseNumberAllocated(envelopes.forCase(r.caseId()), r.applicationId(), null)))
                .toList();
        Map<String, String> numbers = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            long offset = publisher.await(Topics.CASE_NUMBER_ALLOCATIONS, request.caseId(), appended.get(i)).offset();
            numbers.put(request.caseId(), CaseNumberFormat.of(request.received(), offset));
        }
        return numbers;
    }

    /** A case that needs a number. */
    record Request(String caseId, String applicationId, LocalDate received) {
    }
}
