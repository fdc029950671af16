package org.imr.determination.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.signoff.DeterminationProperties;
import org.imr.determination.signoff.DraftSignature;
import org.imr.determination.signoff.SignOffMode;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DraftReview;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.ServiceType;
import org.imr.schemas.SignOff;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * What an assignment yields in each sign-off mode (the service test, on the broker, runs with reviewer sign-off; the
 * end-to-end tests run the automatic one through the whole pipeline).
 */
class CaseDraftingTest {

    private static final DeterminationEngine ENGINE = DeterminationEngine.fromClasspath();
    private static final Instant ASSIGNED_AT = Instant.parse("2015-06-26T16:00:00Z");

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final Envelopes envelopes = new Envelopes("determination-service", Clock.fixed(ASSIGNED_AT, ZoneOffset.UTC));

    @Test
    void automaticSignOffPublishesTheDraftAndTheDraftSignedAsItIs() {
        ReviewerAssigned assignment = assignment(SampleCases.seedCase(UUID.randomUUID().toString()));

        drafting(SignOffMode.AUTOMATIC).draft(assignment);

        DeterminationDrafted draft = published(Topics.DETERMINATION_DRAFTED, DeterminationDrafted.class);
        DeterminationIssued issued = published(Topics.DETERMINATION_ISSUED, DeterminationIssued.class);
        assertThat(draft.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getDecision().getOutcome()).isEqualTo(DecisionOutcome.OVERTURNED);
            assertThat(item.getDecision().getGuidelineCitation())
                    .isEqualTo("MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99");
            assertThat(item.getEvidence()).isNotEmpty();
        });
        assertThat(draft.getAssignedAt()).isEqualTo(ASSIGNED_AT);
        assertThat(draft.getAssignmentEventId()).isEqualTo(assignment.getEnvelope().getEventId());
        assertThat(draft.getDeterminationDueDate()).isEqualTo(LocalDate.of(2015, 7, 25));
        assertThat(draft.getGuidelineSetVersion()).isEqualTo(ENGINE.knowledgeBaseVersion());
        assertThat(issued.getSignOff()).isEqualTo(SignOff.AUTOMATIC);
        assertThat(issued.getDraftEventId()).isEqualTo(draft.getEnvelope().getEventId());
        assertThat(issued.getDecisions()).singleElement().satisfies(decision -> {
            assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.OVERTURNED);
            assertThat(decision.getDraftReview()).isEqualTo(DraftReview.KEPT);
            assertThat(decision.getRationale()).endsWith("is medically necessary.");
        });
        assertThat(issued.getReviewer().getSpecialty()).isEqualTo("Physical Medicine & Rehabilitation");
        assertThat(issued.getAssignedAt()).isEqualTo(ASSIGNED_AT);
    }

    @Test
    void reviewerSignOffPublishesTheDraftOnly() {
        drafting(SignOffMode.REVIEWER).draft(assignment(SampleCases.seedCase(UUID.randomUUID().toString())));

        published(Topics.DETERMINATION_DRAFTED, DeterminationDrafted.class);
        verify(publisher, never()).publish(eq(Topics.DETERMINATION_ISSUED), any(), any());
    }

    @Test
    void aServiceNoRuleCoversIsReferredToTheExpertReviewerRatherThanGuessed() {
        drafting(SignOffMode.AUTOMATIC).draft(assignment(SampleCases.withService(UUID.randomUUID().toString(),
                ServiceType.OTHER, "Reiki energy healing")));

        assertThat(published(Topics.DETERMINATION_DRAFTED, DeterminationDrafted.class).getItems()).singleElement()
                .satisfies(item -> assertThat(item.getDecision().getOutcome()).isEqualTo(DecisionOutcome.EXPERT_REVIEW_REQUIRED));
    }

    private CaseDrafting drafting(SignOffMode mode) {
        DeterminationProperties properties = new DeterminationProperties(mode, new DeterminationProperties.Workbench(
                URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8081"), Duration.ofSeconds(5)));
        return new CaseDrafting(ENGINE, publisher, envelopes, new DraftSignature(envelopes), properties);
    }

    private <V extends SpecificRecord> V published(Topic<V> topic, Class<V> type) {
        ArgumentCaptor<V> event = ArgumentCaptor.forClass(type);
        verify(publisher).publish(eq(topic), any(), event.capture());
        return event.getValue();
    }

    private static ReviewerAssigned assignment(ImrCase imrCase) {
        return new ReviewerAssigned(new EventEnvelope(UUID.randomUUID(), imrCase.getCaseId(), ASSIGNED_AT,
                Topics.ASSIGNMENT, 1), imrCase,
                new ReviewerCredentials("RV-0001", List.of("California", "Hawaii"), "Physical Medicine & Rehabilitation"),
                List.of("licensed in California"), LocalDate.of(2015, 7, 25));
    }
}
