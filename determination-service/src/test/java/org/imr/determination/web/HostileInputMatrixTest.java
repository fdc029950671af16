package org.imr.determination.web;

import static org.imr.testsupport.hostile.HostileRequest.MARKER;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.imr.determination.DeterminationServiceApplication;
import org.imr.security.Roles;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestTokens;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.imr.testsupport.hostile.HostileInputMatrix;
import org.imr.testsupport.hostile.HostileRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The determination service's HTTP port (the reviewer workbench, health, metrics and its OpenAPI description) under
 * hostile requests: problem details, never Tomcat's or Boot's HTML or JSON of another shape; no token, a token of the
 * wrong role or of another reviewer is 401 or 403 before anything is read or signed. No topic is watched: this
 * context's listeners draft the cases other test classes send.
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DeterminationServiceApplication.NAME)
class HostileInputMatrixTest {

    private static final String REVIEWER = "R-MATRIX";
    private static final String CASE_ID = "5f0c3a3e-0000-3000-8000-000000000000";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithProblemDetails(HostileRequest row) throws IOException {
        new HostileInputMatrix("determination", SharedInfrastructure.get(), List.of(), null).check(port, row);
    }

    static Stream<HostileRequest> rows() {
        String workbench = "/workbench/reviewers/" + REVIEWER;
        return Stream.of(
                byTheReviewer("an unknown path", "GET", workbench + "/" + MARKER).expect(404, "no such resource"),
                byTheReviewer("an unknown path, from a browser", "GET", workbench + "/" + MARKER)
                        .header("Accept: text/html").expect(404, null),
                byTheReviewer("a method not allowed", "DELETE", workbench).expect(405, null),
                // a path no access rule names is closed to every role (deny by default)
                byTheReviewer("a path no access rule names", "GET", "/" + MARKER).expect(403, "roles do not allow"),
                HostileRequest.of("a method no access rule names", "DELETE", "/v3/api-docs")
                        .authorization(TestTokens.bearer(Roles.OPERATIONS)).expect(403, "roles do not allow"),
                HostileRequest.of("path traversal", "GET", "/..%2F..%2Fetc%2Fpasswd").expect(400, null),
                HostileRequest.of("an oversized header", "GET", "/actuator/health")
                        .header("X-Filler: " + "c".repeat(20_000)).expect(400, null),
                HostileRequest.of("a malformed request line", "GET", "/a b<" + MARKER).expect(400, null),
                // unauthenticated
                HostileRequest.of("unauthenticated: the workbench without a token", "GET", workbench)
                        .header("Accept: text/html").expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: signing without a token", "POST", workbench + "/cases/" + CASE_ID + "/sign")
                        .header("Content-Type: application/x-www-form-urlencoded").body("rationale-1=" + MARKER)
                        .expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: an expired token", "GET", workbench)
                        .authorization("Bearer " + TestTokens.token(List.of(Roles.REVIEWER), Map.of("reviewer_id", REVIEWER,
                                "exp", Instant.now().minus(Duration.ofHours(1)), "iat", Instant.now().minus(Duration.ofHours(2)))))
                        .expect(401, "bearer token"),
                // wrong role: the workbench is the reviewer's own, not operations' nor the auditor's
                HostileRequest.of("wrong role: operations in a reviewer's workbench", "GET", workbench)
                        .authorization(TestTokens.bearer(Roles.OPERATIONS)).expect(403, "roles do not allow"),
                HostileRequest.of("wrong role: the auditor signing for a reviewer", "POST",
                        workbench + "/cases/" + CASE_ID + "/sign").authorization(TestTokens.bearer(Roles.AUDITOR))
                        .header("Content-Type: application/x-www-form-urlencoded").body("rationale-1=" + MARKER)
                        .expect(403, "roles do not allow"),
                // another reviewer's case: a reviewer's token opens its own workbench only
                byTheReviewer("another reviewer's queue", "GET", "/workbench/reviewers/R-ANOTHER")
                        .expect(403, "roles do not allow"),
                byTheReviewer("another reviewer's case", "GET", "/workbench/reviewers/R-ANOTHER/cases/" + CASE_ID)
                        .expect(403, "roles do not allow"),
                byTheReviewer("accepting another reviewer's case", "POST",
                        "/workbench/reviewers/R-ANOTHER/cases/" + CASE_ID + "/accept").expect(403, "roles do not allow"),
                byTheReviewer("signing another reviewer's case", "POST",
                        "/workbench/reviewers/R-ANOTHER/cases/" + CASE_ID + "/sign")
                        .header("Content-Type: application/x-www-form-urlencoded").body("rationale-1=" + MARKER)
                        .expect(403, "roles do not allow"));
    }

    /** A request of the reviewer {@link #REVIEWER}, whose workbench is {@code /workbench/reviewers/R-MATRIX}. */
    private static HostileRequest byTheReviewer(String kind, String method, String target) {
        return HostileRequest.of(kind, method, target).authorization(TestTokens.reviewer(REVIEWER));
    }
}
