package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.imr.schemas.CaseDocumentReceived;
import org.imr.schemas.DocumentKind;
import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestTokens;
import org.imr.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Documents of a case file: stored outside Kafka, referenced by the event with their hash, served back unchanged. */
@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + IntakeServiceApplication.NAME,
        "imr.intake.documents.max-bytes=" + CaseDocumentsServiceTest.MAX_BYTES,
        "imr.intake.documents.directory=${java.io.tmpdir}/imr-documents-test-${random.uuid}"})
class CaseDocumentsServiceTest {

    static final int MAX_BYTES = 4096;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());

    @Test
    void aPdfIsStoredOnceTheEventCarriesItsReferenceAndItIsServedBackUnchanged() throws Exception {
        String caseId = newCase();
        byte[] pdf = ("%PDF-1.4\n% UR decision of case " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        HttpResponse<String> first = upload(caseId, "UR_DECISION", "application/pdf", pdf);
        HttpResponse<String> again = upload(caseId, "UR_DECISION", "application/pdf", pdf);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).contains("/documents/" + sha256 + ".pdf");
        assertThat(first.body()).contains("\"sha256\":\"" + sha256 + "\"", "\"sizeBytes\":" + pdf.length);
        assertThat(again.body()).isEqualTo(first.body());
        CaseDocumentReceived event = probe.awaitRecord(Topics.CASE_DOCUMENT_RECEIVED, caseId, TIMEOUT).value();
        assertThat(event.getKind()).isEqualTo(DocumentKind.UR_DECISION);
        assertThat(event.getDocument().getSha256()).isEqualTo(sha256);
        assertThat(event.getDocument().getSizeBytes()).isEqualTo(pdf.length);
        assertThat(event.getDocument().getMediaType()).isEqualTo("application/pdf");

        // served once case tracking has it in the case's file: its read is recorded for the case
        HttpResponse<byte[]> served = Awaitility.await().atMost(TIMEOUT).until(() -> HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + event.getDocument().getUri()))
                .header("Authorization", TestTokens.bearer(Roles.OPERATIONS)).build(),
                HttpResponse.BodyHandlers.ofByteArray()), response -> response.statusCode() == 200);
        assertThat(served.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(served.body()).isEqualTo(pdf);
    }

    @Test
    void aDocumentOverTheLimitIsRefusedWithTheLimitNamed() throws Exception {
        String caseId = newCase();
        byte[] tooLarge = "medical records\n".repeat(MAX_BYTES / 10).getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> declared = upload(caseId, "MEDICAL_RECORDS", "text/plain", tooLarge);
        HttpResponse<String> streamed = HTTP.send(request(caseId, "MEDICAL_RECORDS", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))).build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : new HttpResponse[] {declared, streamed}) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.body()).contains("\"maxBytes\":" + MAX_BYTES, "limit of " + MAX_BYTES + " bytes");
        }
    }

    @Test
    void otherTypesMislabelledContentAndUnknownCasesAreRefused() throws Exception {
        String caseId = newCase();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        assertThat(upload(caseId, "OTHER", "image/png", png).statusCode()).isEqualTo(415);
        HttpResponse<String> notAPdf = upload(caseId, "OTHER", "application/pdf", "plain words".getBytes());
        assertThat(notAPdf.statusCode()).isEqualTo(400);
        assertThat(notAPdf.body()).contains("not a PDF");
        assertThat(upload(UUID.randomUUID().toString(), "OTHER", "text/plain", "notes".getBytes()).statusCode())
                .isEqualTo(404);
        assertThat(ApplicationJson.get(port, "/documents/" + "0".repeat(64) + ".pdf").statusCode()).isEqualTo(404);
    }

    private String newCase() throws Exception {
        return caseIdOf(ApplicationJson.post(port, "/cases", "application/json", application("APP-" + UUID.randomUUID())));
    }

    private HttpResponse<String> upload(String caseId, String kind, String contentType, byte[] body) throws Exception {
        return HTTP.send(request(caseId, kind, contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String caseId, String kind, String contentType) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cases/" + caseId + "/documents?kind=" + kind))
                .header("Content-Type", contentType).header("Authorization", TestTokens.bearer(Roles.INTAKE));
    }
}
