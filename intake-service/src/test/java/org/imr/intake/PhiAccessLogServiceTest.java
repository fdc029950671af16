package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.imr.intake.tracking.TrackingEvents;
import org.imr.schemas.PhiAccessKind;
import org.imr.schemas.PhiAccessRecorded;
import org.imr.schemas.Priority;
import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TestTokens;
import org.imr.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PHI access log on intake's side: a case file's document read over HTTP leaves one record on
 * {@code imr.case-file-read} naming the caller (none for a document not found), and the auditor reads every access topic
 * back by case, the newest first, with nothing of another case.
 */
@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + IntakeServiceApplication.NAME,
        "imr.intake.documents.directory=${java.io.tmpdir}/imr-documents-test-${random.uuid}"})
class PhiAccessLogServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String OPERATIONS = TestTokens.bearer(Roles.OPERATIONS);
    /** Who the access log records for a caller with the operations token: its subject. */
    private static final String OPERATIONS_SUBJECT = "test-" + Roles.OPERATIONS;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());
    private final TestProducer producer = new TestProducer(SharedInfrastructure.get());

    @Test
    void aDocumentReadLeavesOneAccessRecordNamingTheCallerAndADocumentNotFoundNone() throws Exception {
        String caseId = newCase();
        String documentId = uploadAndAwaitTracking(caseId, "Medical records " + UUID.randomUUID());

        HttpResponse<String> read = get("/documents/" + documentId, OPERATIONS);
        HttpResponse<String> unknown = get("/documents/" + "0".repeat(64) + ".txt", OPERATIONS);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(accessesOf(caseId)).singleElement().satisfies(access -> {
            assertThat(access.getPrincipal()).isEqualTo(OPERATIONS_SUBJECT);
            assertThat(access.getRole()).isEqualTo("operations");
            assertThat(access.getKind()).isEqualTo(PhiAccessKind.DOCUMENT);
            assertThat(access.getResourceId()).isEqualTo(documentId);
            assertThat(access.getMediaType()).isEqualTo("text/plain");
            assertThat(access.getPath()).isEqualTo("/documents/" + documentId);
            assertThat(access.getEnvelope().getProducer()).isEqualTo(Topics.INTAKE);
        });
        assertThat(probe.readToEnd(Topics.CASE_FILE_READ, TIMEOUT)).extracting(record -> record.value().getPath())
                .doesNotContain("/documents/" + "0".repeat(64) + ".txt");
    }

    @Test
    void theAccessLogOfACaseListsItsReadsNewestFirstPageByPageAndNothingOfAnotherCase() throws Exception {
        String caseId = newCase();
        String otherCaseId = newCase();
        String caseNumber = caseNumberOf(caseId);
        Instant now = Instant.now();
        TrackingEvents events = new TrackingEvents(caseId, caseNumber, Priority.STANDARD);
        producer.send(Topics.LETTER_READ, caseId, events.letterRead(now.minusSeconds(7200), "auditor-1", "auditor"));
        producer.send(Topics.LETTER_READ, otherCaseId, new TrackingEvents(otherCaseId, null, Priority.STANDARD)
                .letterRead(now.minusSeconds(3600), "someone-else", "operations"));
        String documentId = uploadAndAwaitTracking(caseId, "UR decision " + UUID.randomUUID());
        assertThat(get("/documents/" + documentId, OPERATIONS).statusCode()).isEqualTo(200);

        JsonNode log = await().atMost(TIMEOUT).until(() -> accessLog("/cases/" + caseId + "/access-log"),
                page -> page.get("total").asLong() == 2);

        assertThat(log.get("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(log.get("accesses").valueStream().map(access -> access.get("principal").asString()))
                .containsExactly(OPERATIONS_SUBJECT, "auditor-1");
        JsonNode newest = log.get("accesses").get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("DOCUMENT");
        assertThat(newest.get("service").asString()).isEqualTo(Topics.INTAKE);
        assertThat(newest.get("resourceId").asString()).isEqualTo(documentId);
        assertThat(newest.get("role").asString()).isEqualTo("operations");
        JsonNode secondPage = accessLog("/cases/" + caseNumber + "/access-log?page=1&size=1");
        assertThat(secondPage.get("accesses").valueStream().map(access -> access.get("principal").asString()))
                .containsExactly("auditor-1");
        assertThat(accessLog("/cases/" + otherCaseId + "/access-log").get("accesses").valueStream()
                .map(access -> access.get("principal").asString())).containsExactly("someone-else");
        assertThat(get("/cases/" + UUID.randomUUID() + "/access-log", TestTokens.bearer(Roles.AUDITOR)).statusCode())
                .isEqualTo(404);
        assertThat(get("/cases/" + caseId + "/access-log", OPERATIONS).statusCode()).as("only the auditor reads it")
                .isEqualTo(403);
    }

    private String newCase() throws Exception {
        return caseIdOf(ApplicationJson.post(port, "/cases", "application/json", application("APP-" + UUID.randomUUID())));
    }

    private String caseNumberOf(String caseId) throws Exception {
        return await().atMost(TIMEOUT).until(() -> JSON.readTree(ApplicationJson.get(port, "/cases/" + caseId).body()),
                tracked -> tracked.hasNonNull("caseNumber")).get("caseNumber").asString();
    }

    /** The document's id, once case tracking has it in the case's file (reading it then is recorded for the case). */
    private String uploadAndAwaitTracking(String caseId, String text) throws Exception {
        HttpResponse<String> uploaded = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/cases/" + caseId + "/documents?kind=MEDICAL_RECORDS")).header("Content-Type", "text/plain")
                .header("Authorization", TestTokens.bearer(Roles.INTAKE))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String documentId = JSON.readTree(uploaded.body()).get("documentId").asString();
        await().atMost(TIMEOUT).until(() -> ApplicationJson.get(port, "/cases/" + caseId).body(),
                tracked -> tracked.contains("\"documentId\":\"" + documentId + "\""));
        return documentId;
    }

    private List<PhiAccessRecorded> accessesOf(String caseId) {
        return probe.readToEnd(Topics.CASE_FILE_READ, TIMEOUT).stream()
                .filter(record -> caseId.equals(record.key())).map(record -> record.value()).toList();
    }

    private JsonNode accessLog(String path) throws Exception {
        HttpResponse<String> answer = get(path, TestTokens.bearer(Roles.AUDITOR));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return ApplicationJson.get(port, path, authorization);
    }
}
