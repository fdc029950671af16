package org.imr.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.assignment.cases.PollBatch.Decoded;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;
import org.imr.schemas.ReviewerCredentials;
import org.imr.testsupport.SampleCases;
import org.junit.jupiter.api.Test;

class PollBatchTest {

    private long offset;

    @Test
    void determinationsComeFirstThenConversionsThenExpeditedCasesThenStandardOnesEachInTheOrderRead() {
        Decoded standard1 = received("s1", Priority.STANDARD);
        Decoded expedited1 = received("e1", Priority.EXPEDITED);
        Decoded standard2 = received("s2", Priority.STANDARD);
        Decoded conversion = expedite("s2");
        Decoded determination = determined("d1");
        Decoded expedited2 = received("e2", Priority.EXPEDITED);

        List<Decoded> order = PollBatch.inOrder(List.of(standard1, expedited1, standard2, conversion, determination,
                expedited2));

        assertThat(order).containsExactly(determination, conversion, expedited1, expedited2, standard1, standard2);
    }

    @Test
    void determinationsAndConversionsComeBeforeTheNewCases() {
        assertThat(PollBatch.beforeNewCases(determined("d1"))).isTrue();
        assertThat(PollBatch.beforeNewCases(expedite("c1"))).isTrue();
        assertThat(PollBatch.beforeNewCases(received("e1", Priority.EXPEDITED))).isFalse();
        assertThat(PollBatch.beforeNewCases(received("s1", Priority.STANDARD))).isFalse();
    }

    private Decoded received(String caseId, Priority priority) {
        ImrCase imrCase = SampleCases.seedCase(caseId);
        imrCase.setPriority(priority);
        return decoded("imr.case-received", caseId, new CaseReceived(envelope(caseId), imrCase, null));
    }

    private Decoded expedite(String caseId) {
        Instant now = Instant.now();
        return decoded("imr.case-expedited", caseId, new CaseExpedited(envelope(caseId), "Dr. Certifying", now, now, now));
    }

    private Decoded determined(String caseId) {
        return decoded("imr.determination-issued", caseId, DeterminationIssued.newBuilder()
                .setEnvelope(envelope(caseId))
                .setImrCase(SampleCases.seedCase(caseId))
                .setReviewer(new ReviewerCredentials("R-1", List.of("California"), "Internal Medicine"))
                .setAssignedAt(Instant.now())
                .setDecisions(List.of())
                .setGuidelineSetVersion("test")
                .build());
    }

    private Decoded decoded(String topic, String key, Object value) {
        return new Decoded(new ConsumerRecord<>(topic, 0, offset++, key, value), value);
    }

    private static EventEnvelope envelope(String caseId) {
        return new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "intake-service", 1);
    }
}
