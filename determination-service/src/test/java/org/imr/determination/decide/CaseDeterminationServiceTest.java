package org.imr.determination.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.imr.determination.DeterminationServiceApplication;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerCredentials;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.config.name=" + DeterminationServiceApplication.NAME)
class CaseDeterminationServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TopicProbe probe = new TopicProbe(infrastructure);
    private final TestProducer producer = new TestProducer(infrastructure);

    @Test
    void theSeedCaseIsOverturnedUnderTheMtusPhysicalMedicineRule() {
        String caseId = UUID.randomUUID().toString();
        Instant assignedAt = Instant.parse("2015-06-26T16:00:00Z");
        assign(SampleCases.seedCase(caseId), assignedAt);

        DeterminationIssued issued = probe.awaitRecord(Topics.DETERMINATION_ISSUED, caseId, TIMEOUT).value();

        assertThat(issued.getDecisions()).singleElement().satisfies(decision -> {
            assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.OVERTURNED);
            assertThat(decision.getGuidelineCitation())
                    .isEqualTo("MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99");
            assertThat(decision.getRationale()).endsWith("is medically necessary.");
            assertThat(decision.getRuleId()).isNotBlank();
        });
        assertThat(issued.getAssignedAt()).isEqualTo(assignedAt);
        assertThat(issued.getReviewer().getSpecialty()).isEqualTo("Physical Medicine & Rehabilitation");
        assertThat(issued.getGuidelineSetVersion()).isNotBlank();
    }

    @Test
    void aServiceNoRuleCoversIsReferredToTheExpertReviewerRatherThanGuessed() {
        String caseId = UUID.randomUUID().toString();
        assign(SampleCases.withService(caseId, ServiceType.OTHER, "Reiki energy healing"),
                Instant.now());

        DeterminationIssued issued = probe.awaitRecord(Topics.DETERMINATION_ISSUED, caseId, TIMEOUT).value();

        assertThat(issued.getDecisions()).singleElement()
                .satisfies(decision -> assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.EXPERT_REVIEW_REQUIRED));
    }

    private void assign(ImrCase imrCase, Instant assignedAt) {
        producer.send(Topics.REVIEWER_ASSIGNED, imrCase.getCaseId(), new ReviewerAssigned(
                new EventEnvelope(UUID.randomUUID(), imrCase.getCaseId(), assignedAt, "reviewer-assignment-service", 1),
                imrCase,
                new ReviewerCredentials("RV-0001", List.of("California", "Hawaii"), "Physical Medicine & Rehabilitation"),
                List.of("licensed in California")));
    }
}
