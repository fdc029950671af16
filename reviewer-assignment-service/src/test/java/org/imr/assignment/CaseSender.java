package org.imr.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.imr.schemas.CaseReceived;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Party;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;

/** Sends received cases as intake would and reads what the assignment published about them. */
final class CaseSender {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestProducer producer;
    private final TopicProbe probe;

    CaseSender(TestProducer producer, TopicProbe probe) {
        this.producer = producer;
        this.probe = probe;
    }

    /** The seed case, its own worker's, with a claims administrator neither T-PMR-1 nor T-FP-2 is affiliated with. */
    static ImrCase caseBothMayTake(String caseId) {
        ImrCase imrCase = SampleCases.seedCase(caseId);
        imrCase.setParties(imrCase.getParties().stream().map(p -> switch (p.getRole()) {
            case CLAIMS_ADMINISTRATOR -> Party.newBuilder(p).setName("Another Claims Administrator").build();
            case EMPLOYEE -> Party.newBuilder(p).setName("Worker " + caseId).build();
            default -> p;
        }).toList());
        return imrCase;
    }

    void send(ImrCase imrCase) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), imrCase.getCaseId(), Instant.now(), "intake-service", 1);
        producer.send(Topics.CASE_RECEIVED, imrCase.getCaseId(), new CaseReceived(envelope, imrCase, null));
    }

    /** The reviewers the case was assigned to so far, in order. */
    List<String> assignedReviewers(String caseId) {
        return probe.readToEnd(Topics.REVIEWER_ASSIGNED, TIMEOUT).stream().filter(r -> caseId.equals(r.key()))
                .map(r -> r.value().getReviewer().getReviewerId()).toList();
    }

}
