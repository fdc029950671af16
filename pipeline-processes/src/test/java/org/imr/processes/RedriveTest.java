package org.imr.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.imr.infra.PipelineInfrastructure;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

/** Dead letters go back to their topic after a fix, each exactly once however often the re-drive runs. */
class RedriveTest {

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TestProducer producer = new TestProducer(infrastructure);
    private final TopicProbe probe = new TopicProbe(infrastructure);

    @Test
    void everyDeadLetterGoesBackToItsTopicOnceAndARedriveRunAgainSendsOnlyWhatCameSince() {
        String first = UUID.randomUUID().toString();
        deadLetter(first);
        Redrive redrive = new Redrive(infrastructure.bootstrapServers());

        int firstRun = redrive.redrive(Topics.CASE_RECEIVED);
        String second = UUID.randomUUID().toString();
        deadLetter(second);
        int secondRun = redrive.redrive(Topics.CASE_RECEIVED);
        int thirdRun = redrive.redrive(Topics.CASE_RECEIVED);

        assertThat(firstRun).isPositive();
        assertThat(secondRun).isEqualTo(1);
        assertThat(thirdRun).isZero();
        var back = probe.awaitRecord(Topics.CASE_RECEIVED, first, Duration.ofSeconds(30));
        assertThat(back.value().getImrCase().getCaseId()).isEqualTo(first);
        assertThat(new String(back.headers().lastHeader(Redrive.REDRIVEN_FROM).value(), StandardCharsets.UTF_8))
                .startsWith(Topics.CASE_RECEIVED.deadLetterName() + "/");
        assertThat(back.headers().lastHeader("kafka_dlt-exception-message")).isNull();
        assertThat(probe.readToEnd(Topics.CASE_RECEIVED, Duration.ofSeconds(30)).stream()
                .filter(record -> first.equals(record.key()) || second.equals(record.key()))).hasSize(2);
    }

    /** A valid case that went to the dead-letter topic (say, a bug since fixed refused it), with the reason. */
    private void deadLetter(String caseId) {
        producer.sendDeadLetter(Topics.CASE_RECEIVED, caseId, new CaseReceived(
                new EventEnvelope(UUID.randomUUID(), caseId, java.time.Instant.now(), "intake-service", 1),
                SampleCases.seedCase(caseId), null), "a bug, since fixed");
    }
}
