package org.imr.determination.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.imr.calendar.ImrCalendarDefaults;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.topics.TopicReaders;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.junit.jupiter.api.Test;

/** The workbench's cases read their dates on the IMR calendar. */
class ReviewCasesTest {

    private static final String REVIEWER = "RV-0001";

    private final ReviewCases cases = new ReviewCases(ImrCalendarDefaults.deadlines().calendar());

    @Test
    void anExpeditedDeterminationIsDueOnItsDateInCaliforniaNotInUtc() {
        String caseId = UUID.randomUUID().toString();
        Instant assignedAt = Instant.parse("2016-02-26T18:00:00Z");
        cases.apply(caseId, draft(caseId, assignedAt, LocalDate.of(2016, 3, 25)));
        // 22:30 on 29 February in California is already 1 March in UTC
        Instant dueAt = Instant.parse("2016-03-01T06:30:00Z");

        cases.apply(caseId, new CaseExpedited(envelope(caseId, assignedAt), "Dr. A", assignedAt, assignedAt, dueAt));

        assertThat(cases.queueOf(REVIEWER)).singleElement()
                .satisfies(open -> assertThat(open.dueDate()).isEqualTo(LocalDate.of(2016, 2, 29)));
    }

    @Test
    void theBrokerLetsTheDeterminationServiceReadEveryTopicTheCasesAreRebuiltFrom() {
        assertThat(TopicReaders.readBy(Topics.DETERMINATION)).containsAll(ReviewCases.TOPICS);
    }

    private static DeterminationDrafted draft(String caseId, Instant assignedAt, LocalDate due) {
        return DeterminationDrafted.newBuilder()
                .setEnvelope(envelope(caseId, assignedAt))
                .setImrCase(SampleCases.seedCase(caseId))
                .setReviewer(new ReviewerCredentials(REVIEWER, List.of("California"), "Physical Medicine & Rehabilitation"))
                .setAssignedAt(assignedAt)
                .setAssignmentEventId(UUID.randomUUID())
                .setDeterminationDueDate(due)
                .setItems(List.of())
                .setGuidelineSetVersion("test")
                .build();
    }

    private static EventEnvelope envelope(String caseId, Instant at) {
        return new EventEnvelope(UUID.randomUUID(), caseId, at, "test", 1);
    }
}
