package org.imr.notification.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.imr.notification.NotificationServiceApplication;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.infra.PipelineInfrastructure;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + NotificationServiceApplication.NAME,
                "imr.letters.directory=${java.io.tmpdir}/imr-letters-test-${random.uuid}"})
class LetterIssueServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CITATION = "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99";

    @LocalServerPort
    int port;

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TopicProbe probe = new TopicProbe(infrastructure);
    private final TestProducer producer = new TestProducer(infrastructure);

    @Test
    void aDeterminationBecomesAnArchivedLetterPublishedForDownstreamSystems() throws Exception {
        String caseId = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));

        FinalDeterminationLetterIssued issued = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();

        assertThat(issued.getLetterText().replaceAll("\\s+", " "))
                .contains("Occupational therapy, bilateral wrists, 2 x 4: Overturned")
                .contains("MAXIMUS guideline: Decision based on " + CITATION + ".")
                .contains("State(s) of Licensure: California, Hawaii")
                .contains("Certification(s)/Specialty: Physical Medicine & Rehabilitation")
                .doesNotContain("Dr. Alana");
        assertThat(issued.getDecisions()).singleElement()
                .satisfies(decision -> assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.OVERTURNED));
        HttpResponse<String> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/letters/" + caseId)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(issued.getLetterText());
    }

    @Test
    void anIneligibleApplicationGetsAWrittenNoticeWithItsReasons(@Autowired LetterProperties properties) {
        String caseId = UUID.randomUUID().toString();
        EventEnvelope envelope = EventEnvelope.newBuilder().setEventId(UUID.randomUUID()).setCaseId(caseId)
                .setOccurredAt(Instant.now()).setProducer("intake-service").build();
        producer.send(Topics.CASE_INELIGIBLE, caseId, new org.imr.schemas.CaseScreenedIneligible(envelope,
                SampleCases.seedCase(caseId), List.of(org.imr.schemas.IneligibilityReason.UR_DECISION_NOT_ATTACHED),
                false, null));

        java.nio.file.Path notice = properties.directory().resolve("notices").resolve(caseId + "-ineligibility.txt");
        org.awaitility.Awaitility.await().atMost(TIMEOUT).until(() -> java.nio.file.Files.exists(notice));
        assertThat(notice).content().contains("NOTICE OF INELIGIBILITY", "was not attached", "Sample Worker (employee)");
    }

    @Test
    void aRedeliveredDeterminationIssuesNoSecondLetter() {
        String caseId = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));
        probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT);
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));
        String laterCase = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, laterCase, determination(laterCase));
        probe.awaitRecord(Topics.LETTER_ISSUED, laterCase, TIMEOUT);

        long letters = probe.readToEnd(Topics.LETTER_ISSUED, TIMEOUT).stream()
                .filter(record -> record.key().equals(caseId)).count();

        assertThat(letters).isEqualTo(1);
    }

    @Test
    void anUnknownCaseHasNoLetter() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/letters/no-such-case")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private static DeterminationIssued determination(String caseId) {
        return DeterminationIssued.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "determination-service", 1))
                .setImrCase(SampleCases.seedCase(caseId))
                .setReviewer(new ReviewerCredentials("RV-0001", List.of("California", "Hawaii"),
                        "Physical Medicine & Rehabilitation"))
                .setAssignedAt(Instant.now())
                .setDecisions(List.of(new ItemDecision(1, "Occupational therapy, bilateral wrists, 2 x 4",
                        DecisionOutcome.OVERTURNED, CITATION, "The current request is medically necessary.",
                        "mtus-cp-physical-medicine", "1")))
                .setGuidelineSetVersion("test")
                .build();
    }
}
