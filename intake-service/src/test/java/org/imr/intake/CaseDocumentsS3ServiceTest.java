package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.imr.testsupport.InProcessS3Server;
import org.awaitility.Awaitility;
import org.imr.schemas.CaseDocumentReceived;
import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestTokens;
import org.imr.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The intake service with {@code imr.intake.documents.store=s3}, as in the compose deployment, against an in-process
 * S3-compatible endpoint: the bucket is created at start-up, an uploaded document becomes one object keyed by its
 * hash, the event carries its reference, and it is served back unchanged.
 */
@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + IntakeServiceApplication.NAME,
        "imr.intake.documents.store=s3",
        "imr.intake.documents.s3.bucket=case-files",
        "imr.intake.documents.s3.access-key=test-access",
        "imr.intake.documents.s3.secret-key=test-secret"})
class CaseDocumentsS3ServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final InProcessS3Server S3 = start();

    @LocalServerPort
    int port;

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());

    @DynamicPropertySource
    static void s3Endpoint(DynamicPropertyRegistry registry) {
        registry.add("imr.intake.documents.s3.endpoint", () -> S3.endpoint().toString());
    }

    @AfterAll
    static void stop() {
        S3.close();
    }

    @Test
    void aDocumentBecomesOneObjectUnderItsHashAndIsServedBackUnchanged() throws Exception {
        String caseId = caseIdOf(ApplicationJson.post(port, "/cases", "application/json",
                application("APP-" + UUID.randomUUID())));
        byte[] text = ("Medical records of case " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));

        HttpResponse<String> first = upload(caseId, text);
        HttpResponse<String> again = upload(caseId, text);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(S3.hasBucket("case-files")).isTrue();
        assertThat(S3.objectPuts()).isEqualTo(1);
        assertThat(S3.objects()).containsOnlyKeys("case-files/" + sha256.substring(0, 2) + "/" + sha256 + ".txt");
        CaseDocumentReceived event = probe.awaitRecord(Topics.CASE_DOCUMENT_RECEIVED, caseId, TIMEOUT).value();
        assertThat(event.getDocument().getSha256()).isEqualTo(sha256);
        // served once case tracking has it in the case's file: its read is recorded for the case
        HttpResponse<byte[]> served = Awaitility.await().atMost(TIMEOUT).until(() -> HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + event.getDocument().getUri()))
                .header("Authorization", TestTokens.bearer(Roles.OPERATIONS)).build(),
                HttpResponse.BodyHandlers.ofByteArray()), response -> response.statusCode() == 200);
        assertThat(served.body()).isEqualTo(text);
    }

    private HttpResponse<String> upload(String caseId, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cases/" + caseId
                + "/documents?kind=MEDICAL_RECORDS")).header("Content-Type", "text/plain")
                .header("Authorization", TestTokens.bearer(Roles.INTAKE))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static InProcessS3Server start() {
        try {
            return new InProcessS3Server();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
