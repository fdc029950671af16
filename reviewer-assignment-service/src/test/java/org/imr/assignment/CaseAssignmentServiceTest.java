package org.imr.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.imr.schemas.CaseReceived;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ServiceType;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.infra.PipelineInfrastructure;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class CaseAssignmentServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TopicProbe probe = new TopicProbe(infrastructure);
    private final TestProducer producer = new TestProducer(infrastructure);

    @Test
    void aReceivedCaseIsAssignedToAnEligibleReviewerWithTheLettersCredentials() {
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.seedCase(caseId));

        ReviewerAssigned assigned = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value();

        assertThat(assigned.getReviewer().getReviewerId()).isEqualTo("T-PMR-1");
        assertThat(assigned.getReviewer().getLicensureStates()).containsExactly("California", "Hawaii");
        assertThat(assigned.getReviewer().getSpecialty()).isEqualTo("Physical Medicine & Rehabilitation");
        assertThat(assigned.getImrCase().getCaseId()).isEqualTo(caseId);
        assertThat(assigned.getEnvelope().getProducer()).isEqualTo(ReviewerAssignmentServiceApplication.NAME);
    }

    @Test
    void aCaseNobodyMayTakeYieldsNoEligibleReviewerWithReasons() {
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.withService(caseId, ServiceType.PSYCHOLOGICAL, "Psychotherapy, 6 sessions"));

        NoEligibleReviewerFound none = probe.awaitRecord(Topics.NO_ELIGIBLE_REVIEWER, caseId, TIMEOUT).value();

        assertThat(none.getReviewersConsidered()).isEqualTo(3);
        assertThat(none.getReasons()).contains(
                "fewer than 24 hours a week in active practice: 1 reviewer(s)",
                "no same or similar specialty for the disputed services: 2 reviewer(s)");
    }

    @Test
    void garbageOnTheCaseTopicGoesToItsDeadLetterTopicAndTheNextCaseIsStillAssigned() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        producer.sendBytes(Topics.CASE_RECEIVED, garbageKey, "not avro".getBytes(StandardCharsets.UTF_8));
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.seedCase(caseId));

        var deadLetter = probe.awaitDeadLetter(Topics.CASE_RECEIVED, record -> garbageKey.equals(record.key()), TIMEOUT);

        assertThat(deadLetter.value()).isEqualTo("not avro".getBytes(StandardCharsets.UTF_8));
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
        assertThat(probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value()).isNotNull();
    }

    private void receive(ImrCase imrCase) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), imrCase.getCaseId(), java.time.Instant.now(),
                "intake-service", 1);
        producer.send(Topics.CASE_RECEIVED, imrCase.getCaseId(), new CaseReceived(envelope, imrCase, null));
    }
}
