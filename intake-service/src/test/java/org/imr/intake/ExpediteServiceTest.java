package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.imr.schemas.CaseExpedited;
import org.imr.schemas.Priority;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IntakeServiceApplication.NAME)
class ExpediteServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @LocalServerPort
    int port;

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());

    @Test
    void aRegularCaseIsConvertedToExpeditedWithItsClocksRecomputed() throws Exception {
        String caseId = caseIdOf(ApplicationJson.post(port, "/cases", "application/json",
                application("APP-" + UUID.randomUUID())));
        Instant certifiedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

        HttpResponse<String> response = expedite(caseId,
                "{\"certifiedBy\": \"Dr. Test\", \"certifiedAt\": \"" + certifiedAt + "\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        CaseExpedited event = probe.awaitRecord(Topics.CASE_EXPEDITED, caseId, TIMEOUT).value();
        assertThat(event.getCertifiedAt()).isEqualTo(certifiedAt);
        assertThat(event.getRecordsDueAt()).isEqualTo(certifiedAt.plus(Duration.ofHours(24)));
        assertThat(event.getDeterminationDueAt()).isEqualTo(endOfThirdDay(LocalDate.ofInstant(certifiedAt, PACIFIC)));
        assertThat(response.body()).contains("\"recordsDueAt\":\"" + certifiedAt.plus(Duration.ofHours(24)));
    }

    @Test
    void trackingShowsTheClocksRecomputedByTheConversion() throws Exception {
        String caseId = caseIdOf(ApplicationJson.post(port, "/cases", "application/json",
                application("APP-" + UUID.randomUUID())));
        Instant certifiedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

        expedite(caseId, "{\"certifiedBy\": \"Dr. Test\", \"certifiedAt\": \"" + certifiedAt + "\"}");

        String tracked = await().atMost(TIMEOUT).until(() -> ApplicationJson.get(port, "/cases/" + caseId).body(),
                body -> body.contains("\"stage\":\"EXPEDITED\""));
        assertThat(tracked).contains("\"priority\":\"EXPEDITED\"", "\"source\":\"expedited conversion\"",
                "\"recordsDueAt\":\"" + certifiedAt.plus(Duration.ofHours(24)) + "\"",
                "\"determinationDueAt\":\"" + endOfThirdDay(LocalDate.ofInstant(certifiedAt, PACIFIC)) + "\"");
    }

    @Test
    void anApplicationCertifiedAsExpeditedAtFilingHasExpeditedClocksFromTheStart() throws Exception {
        HttpResponse<String> receipt = ApplicationJson.post(port, "/cases", "application/json",
                application("APP-" + UUID.randomUUID()).replace("\"STANDARD\"", "\"EXPEDITED\""));
        String caseId = caseIdOf(receipt);
        String determinationDueAt = receipt.body().replaceAll("(?s).*\"determinationDueAt\":\"([^\"]+)\".*", "$1");
        String recordsDueAt = receipt.body().replaceAll("(?s).*\"recordsDueAt\":\"([^\"]+)\".*", "$1");
        Instant noticeDue = Instant.parse(receipt.body().replaceAll("(?s).*\"assignmentNoticeDueAt\":\"([^\"]+)\".*", "$1"));

        assertThat(Instant.parse(determinationDueAt)).as("three days after the application's receipt, 2016-11-10")
                .isEqualTo(endOfThirdDay(LocalDate.of(2016, 11, 10)));
        assertThat(Instant.parse(recordsDueAt)).isBetween(Instant.now().plus(Duration.ofHours(23)),
                Instant.now().plus(Duration.ofHours(24)));
        assertThat(noticeDue).isAfter(Instant.now());
        String tracked = await().atMost(TIMEOUT).until(() -> ApplicationJson.get(port, "/cases/" + caseId),
                response -> response.statusCode() == 200).body();
        assertThat(tracked).contains("\"priority\":\"EXPEDITED\"", "\"source\":\"filing\"",
                "\"determinationDueAt\":\"" + determinationDueAt + "\"", "\"recordsDueAt\":\"" + recordsDueAt + "\"");
        assertThat(probe.awaitRecord(Topics.CASE_RECEIVED, caseId, TIMEOUT).value().getImrCase().getPriority())
                .isEqualTo(Priority.EXPEDITED);
        String dueWithinAWeek = "dueBefore=" + LocalDate.now(ZoneOffset.UTC).plusDays(7);
        assertThat(ApplicationJson.get(port, "/cases?priority=EXPEDITED&status=ELIGIBLE&" + dueWithinAWeek + "&size=1000")
                .body()).contains("\"caseId\":\"" + caseId + "\"");
        assertThat(ApplicationJson.get(port, "/cases?priority=STANDARD&size=1000").body()).doesNotContain(caseId);
        assertThat(ApplicationJson.get(port, "/cases?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownCaseCannotBeExpeditedAndACertificationNeedsItsPhysician() throws Exception {
        assertThat(expedite(UUID.randomUUID().toString(), "{\"certifiedBy\": \"Dr. Test\"}").statusCode())
                .isEqualTo(404);
        assertThat(expedite(UUID.randomUUID().toString(), "{\"certifiedBy\": \" \"}").statusCode()).isEqualTo(400);
    }

    /** The end, in California, of the third day after that date: an expedited determination is due by then. */
    private static Instant endOfThirdDay(LocalDate from) {
        return from.plusDays(4).atStartOfDay(PACIFIC).toInstant().minusMillis(1);
    }

    private HttpResponse<String> expedite(String caseId, String body) throws Exception {
        return ApplicationJson.post(port, "/cases/" + caseId + "/expedite", "application/json", body);
    }
}
