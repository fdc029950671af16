package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.imr.intake.tracking.TrackingEvents;
import org.imr.schemas.Priority;
import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Intake's API answers only a valid token of the right role: no token is 401, a token of the wrong role 403 (neither
 * stores anything), a token of another issuer or signed by another key 401; health and Prometheus answer monitoring
 * without one; a reviewer reads the case assigned to it and no other.
 */
@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IntakeServiceApplication.NAME)
class IntakeApiSecurityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private final TestProducer producer = new TestProducer(SharedInfrastructure.get());

    @Test
    void withoutATokenEveryEndpointButHealthAndMetricsIs401() throws Exception {
        String application = application("APP-" + UUID.randomUUID());
        HttpResponse<String> submitted = send("POST", "/cases", null, application);

        assertThat(submitted.statusCode()).isEqualTo(401);
        assertThat(submitted.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(submitted.headers().firstValue("Content-Type")).contains("application/problem+json");
        for (String path : List.of("/cases", "/cases/CM15-0000001", "/applications/counts", "/v3/api-docs",
                "/documents/" + "0".repeat(64) + ".pdf", "/actuator/info", "/no-such-endpoint")) {
            assertThat(send("GET", path, null, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/prometheus", null, null).statusCode()).isEqualTo(200);
        // Spring Security's public description of this resource server (RFC 9728), nothing of a case
        HttpResponse<String> metadata = send("GET", "/.well-known/oauth-protected-resource", null, null);
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.body()).contains("\"resource\"").doesNotContain("caseId", "CM1");
        assertThatItWasNeverFiled(application);
    }

    @Test
    void aTokenOfTheWrongRoleIs403AndStoresNothing() throws Exception {
        String application = application("APP-" + UUID.randomUUID());
        for (String role : List.of(Roles.OPERATIONS, Roles.AUDITOR, Roles.REVIEWER)) {
            HttpResponse<String> submitted = send("POST", "/cases", TestTokens.bearer(role), application);
            assertThat(submitted.statusCode()).as(role).isEqualTo(403);
            assertThat(submitted.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
        assertThat(send("GET", "/cases", TestTokens.bearer(Roles.INTAKE), null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/cases", TestTokens.bearer(Roles.REVIEWER), null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/cases", TestTokens.bearer(Roles.AUDITOR), null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/cases", TestTokens.bearer("admin"), null).statusCode()).isEqualTo(403);
        assertThatItWasNeverFiled(application);
    }

    @Test
    void aTokenOfAnotherIssuerOrSignedByAnotherKeyIs401() throws Exception {
        String otherIssuer = TestTokens.token(List.of(Roles.OPERATIONS), Map.of("iss", "https://elsewhere.invalid"));
        assertThat(send("GET", "/cases", "Bearer " + otherIssuer, null).statusCode()).isEqualTo(401);

        String[] parts = TestTokens.token(List.of(Roles.OPERATIONS), Map.of()).split("\\.");
        String forged = parts[0] + "." + TestTokens.token(List.of(Roles.OPERATIONS, Roles.AUDITOR), Map.of())
                .split("\\.")[1] + "." + parts[2];
        assertThat(send("GET", "/cases", "Bearer " + forged, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/cases", "Bearer not-a-token", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aReviewerReadsTheCaseAssignedToItAndNoOther() throws Exception {
        HttpResponse<String> receipt = ApplicationJson.post(port, "/cases", "application/json",
                application("APP-" + UUID.randomUUID()));
        String caseId = caseIdOf(receipt);
        String caseNumber = receipt.body().replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\".*", "$1");
        producer.send(Topics.REVIEWER_ASSIGNED, caseId,
                new TrackingEvents(caseId, caseNumber, Priority.STANDARD).assigned(Instant.now()));
        String assigned = TestTokens.reviewer(TrackingEvents.REVIEWER);
        await().atMost(Duration.ofSeconds(60)).until(() -> send("GET", "/cases/" + caseNumber, assigned, null).statusCode(),
                status -> status == 200);

        assertThat(send("GET", "/cases/" + caseId, assigned, null).body()).contains("\"caseId\":\"" + caseId + "\"");
        HttpResponse<String> another = send("GET", "/cases/" + caseNumber, TestTokens.reviewer("R-SOMEONE-ELSE"), null);
        assertThat(another.statusCode()).isEqualTo(403);
        assertThat(another.body()).doesNotContain(caseId);
        // no reviewer id in the token: no case is its own
        assertThat(send("GET", "/cases/" + caseNumber, TestTokens.bearer(Roles.REVIEWER), null).statusCode()).isEqualTo(403);
        // an unknown case is refused to a reviewer as a case of someone else's, and is 404 to operations
        assertThat(send("GET", "/cases/CM99-9999998", assigned, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/cases/CM99-9999998", TestTokens.bearer(Roles.OPERATIONS), null).statusCode()).isEqualTo(404);
    }

    /** Filed now by intake, it is a new case, not the duplicate of one the refused request had stored. */
    private void assertThatItWasNeverFiled(String application) throws Exception {
        HttpResponse<String> filed = send("POST", "/cases", TestTokens.bearer(Roles.INTAKE), application);
        assertThat(filed.statusCode()).isEqualTo(202);
        assertThat(filed.body()).contains("\"duplicate\":false");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
