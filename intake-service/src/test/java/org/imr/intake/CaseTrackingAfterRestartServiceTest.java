package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.imr.infra.PipelineInfrastructure;
import org.imr.intake.tracking.TrackingEvents;
import org.imr.schemas.Priority;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Case tracking is built from the topics: a case's timeline across every stage, the events of the other services
 * included, is the same after the service restarts; an unknown case is 404.
 */
class CaseTrackingAfterRestartServiceTest {

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TestProducer producer = new TestProducer(infrastructure);

    @Test
    void aCaseTimelineIsTheSameAfterTheServiceRestarts() throws Exception {
        String caseId;
        String before;
        try (ConfigurableApplicationContext first = start()) {
            HttpResponse<String> receipt = ApplicationJson.post(port(first), "/cases", "application/json",
                    application("APP-" + UUID.randomUUID()));
            caseId = caseIdOf(receipt);
            String caseNumber = receipt.body().replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\".*", "$1");
            ApplicationJson.post(port(first), "/cases/" + caseId + "/documents?kind=MEDICAL_RECORDS", "text/plain",
                    "Progress note " + caseId);
            TrackingEvents events = new TrackingEvents(caseId, caseNumber, Priority.STANDARD);
            Instant assignedAt = Instant.now();
            producer.send(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId,
                    events.audit(assignedAt, LocalDate.now().plusDays(30), LocalDate.now().plusDays(15)));
            producer.send(Topics.REVIEWER_ASSIGNED, caseId, events.assigned(assignedAt));
            producer.send(Topics.DETERMINATION_ISSUED, caseId, events.decided(assignedAt.plusSeconds(1), assignedAt));
            producer.send(Topics.LETTER_ISSUED, caseId, events.letter(assignedAt.plusSeconds(2)));

            before = await().atMost(Duration.ofSeconds(60)).until(() -> track(first, caseNumber),
                    body -> body.contains("\"status\":\"LETTER_ISSUED\"") && body.contains("DOCUMENT_RECEIVED"));
            assertThat(before).contains("\"caseId\":\"" + caseId + "\"", "\"stage\":\"RECEIVED\"",
                    "\"stage\":\"ELIGIBLE\"", "\"stage\":\"ASSIGNED\"", "\"stage\":\"DECIDED\"", "\"atRisk\":false",
                    "\"reviewerId\":\"" + TrackingEvents.REVIEWER + "\"", "\"source\":\"assignment\"");
        }

        try (ConfigurableApplicationContext restarted = start()) {
            HttpResponse<String> after = ApplicationJson.get(port(restarted), "/cases/" + caseId);

            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).isEqualTo(before);
            HttpResponse<String> unknown = ApplicationJson.get(port(restarted), "/cases/CM99-9999999");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
    }

    private static String track(ConfigurableApplicationContext context, String reference) throws Exception {
        return ApplicationJson.get(port(context), "/cases/" + reference).body();
    }

    private final TrackingDatabase trackingDatabase = TrackingDatabase.fresh();

    private ConfigurableApplicationContext start() {
        return IntakeServiceApplication.application().run(trackingDatabase.arguments("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "--imr.registry.url=" + infrastructure.registryUrl(), TestTokens.issuerArgument(),
                TestTokens.jwkSetArgument()));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
