package org.imr.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;
import org.imr.testsupport.SampleCases;
import org.junit.jupiter.api.Test;

class PollBatchTest {

    private long offset;

    @Test
    void conversionsComeFirstThenExpeditedCasesThenStandardOnesEachInTheOrderRead() {
        ConsumerRecord<String, Object> standard1 = received("s1", Priority.STANDARD);
        ConsumerRecord<String, Object> expedited1 = received("e1", Priority.EXPEDITED);
        ConsumerRecord<String, Object> standard2 = received("s2", Priority.STANDARD);
        ConsumerRecord<String, Object> conversion = expedite("s2");
        ConsumerRecord<String, Object> expedited2 = received("e2", Priority.EXPEDITED);

        List<ConsumerRecord<?, ?>> order = new PollBatch(List.of(standard1, expedited1, standard2, conversion, expedited2)).inOrder();

        assertThat(order).containsExactly(conversion, expedited1, expedited2, standard1, standard2);
    }

    @Test
    void undecodableRecordsAreLeftApartAndFoundInTheOrderRead() {
        ConsumerRecord<String, Object> first = received("s1", Priority.STANDARD);
        ConsumerRecord<String, Object> garbage = new ConsumerRecord<>("imr.case-received", 0, offset++, "garbage", null);
        ConsumerRecord<String, Object> last = received("e1", Priority.EXPEDITED);
        PollBatch batch = new PollBatch(List.of(first, garbage, last));

        assertThat(batch.inOrder()).containsExactly(last, first);
        Set<ConsumerRecord<?, ?>> handled = Collections.newSetFromMap(new IdentityHashMap<>());
        handled.addAll(batch.inOrder());
        assertThat(batch.firstNotIn(handled)).containsSame(garbage);
        handled.add(garbage);
        assertThat(batch.firstNotIn(handled)).isEmpty();
    }

    private ConsumerRecord<String, Object> received(String caseId, Priority priority) {
        ImrCase imrCase = SampleCases.seedCase(caseId);
        imrCase.setPriority(priority);
        return new ConsumerRecord<>("imr.case-received", 0, offset++, caseId, new CaseReceived(envelope(caseId), imrCase, null));
    }

    private ConsumerRecord<String, Object> expedite(String caseId) {
        Instant now = Instant.now();
        return new ConsumerRecord<>("imr.case-expedited", 0, offset++, caseId,
                new CaseExpedited(envelope(caseId), "Dr. Certifying", now, now, now));
    }

    private static EventEnvelope envelope(String caseId) {
        return new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "intake-service", 1);
    }
}
