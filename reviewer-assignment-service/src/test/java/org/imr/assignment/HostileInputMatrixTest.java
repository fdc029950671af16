package org.imr.assignment;

import static org.imr.testsupport.hostile.HostileRequest.MARKER;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.imr.schemas.topics.Topics;
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
 * The assignment's REST API (the roster, reviewers' responses) under hostile or careless input: every row is answered
 * 4xx with problem details naming the field or the limit, repeating nothing sent, and nothing reaches the roster or
 * the responses topic (the topics those endpoints write; the others are written by the case listener, which may still
 * be at work on the cases of other test classes).
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class HostileInputMatrixTest {

    private static final String CASE_ID = "5f0c3a3e-0000-3000-8000-000000000000";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithProblemDetailsAndNothingPublished(HostileRequest row) throws IOException {
        new HostileInputMatrix("reviewer-assignment", SharedInfrastructure.get(),
                List.of(Topics.REVIEWER_ROSTER, Topics.REVIEWER_RESPONSES), null).check(port, row);
    }

    static Stream<HostileRequest> rows() {
        String valid = """
                {"name": "Dr. %s", "specialties": ["Psychiatry"], "licences": [{"state": "California", "expires": "2030-01-01"}],
                 "weeklyPracticeHours": 30, "yearsInPractice": 12, "affiliations": [], "caseCapacity": 20, "leave": []}"""
                .formatted(MARKER);
        return Stream.of(
                put("a reviewer id with a !", "/reviewers/R-1!", valid).expect(400, "reviewerId"),
                put("a reviewer id of 41 characters", "/reviewers/" + "R".repeat(41), valid).expect(400, "reviewerId"),
                put("path traversal in a reviewer id", "/reviewers/..%2F..%2F" + MARKER, valid).expect(400, null),
                put("a reviewer id with a dot-dot-semicolon", "/reviewers/..;" + MARKER, valid).expect(400, null),
                put("a 10 MB reviewer name", "/reviewers/R-BIG",
                        valid.replace("Dr. " + MARKER, "x".repeat(10_000_000))).expect(413, "longer than"),
                put("a reviewer name of 201 characters", "/reviewers/R-LONG",
                        valid.replace("Dr. " + MARKER, "n".repeat(201))).expect(400, "name"),
                put("21 specialties", "/reviewers/R-SPEC", valid.replace("[\"Psychiatry\"]",
                        "[" + "\"Psychiatry\",".repeat(20) + "\"Neurology\"]")).expect(400, "specialties"),
                put("a spreadsheet formula as a name", "/reviewers/R-CSV",
                        valid.replace("Dr. " + MARKER, "@SUM(1+1)*cmd|" + MARKER)).expect(400, "name"),
                put("a leave in year 0", "/reviewers/R-LEAVE", valid.replace("\"leave\": []",
                        "\"leave\": [{\"start\": \"0000-01-01\", \"end\": \"0000-01-02\"}]")).expect(400, "leave[0].start"),
                put("a licence expiring in year -999999999", "/reviewers/R-LIC",
                        valid.replace("\"2030-01-01\"", "\"-999999999-01-01\"")).expect(400, "licences[0].expires"),
                put("a capacity that is text", "/reviewers/R-CAP", valid.replace("\"caseCapacity\": 20",
                        "\"caseCapacity\": \"" + MARKER + "\"")).expect(400, "caseCapacity"),
                put("a capacity past the limit", "/reviewers/R-CAP", valid.replace("\"caseCapacity\": 20",
                        "\"caseCapacity\": 2147483648")).expect(400, "caseCapacity"),
                put("truncated JSON", "/reviewers/R-TRUNC", valid.substring(0, 40)).expect(400, "ends before"),
                put("duplicate keys", "/reviewers/R-DUP", valid.replace("\"caseCapacity\": 20",
                        "\"caseCapacity\": 20, \"caseCapacity\": 500")).expect(400, "more than once"),
                put("a control character in a specialty", "/reviewers/R-CTRL",
                        valid.replace("\"Psychiatry\"", "\"Psych\\u0007iatry\"")).expect(400, "specialties[0]"),
                byOperations("a profile as XML", "PUT", "/reviewers/R-XML").header("Content-Type: application/xml")
                        .body("<reviewer>" + MARKER + "</reviewer>").expect(415, "application/json"),
                byOperations("suspending a reviewer id with a !", "POST", "/reviewers/R-1!/suspend")
                        .expect(400, "reviewerId"),
                byOperations("retiring an unknown reviewer", "POST", "/reviewers/" + MARKER + "/retire")
                        .expect(404, "No reviewer"),
                byReviewer("R-1", "a reviewer's response with garbage as the case id", "POST",
                        "/cases/" + MARKER + "!/reviewers/R-1/accept").expect(400, "caseId"),
                byReviewer("R".repeat(41), "a reviewer's response with an id of 41 characters", "POST",
                        "/cases/" + CASE_ID + "/reviewers/" + "R".repeat(41) + "/decline").expect(400, "reviewerId"),
                byReviewer(MARKER, "accepting a case one does not hold", "POST",
                        "/cases/" + CASE_ID + "/reviewers/" + MARKER + "/accept").expect(409, "does not hold"),
                // a path or a method no access rule names is closed to every role (deny by default)
                byOperations("a method no access rule names", "DELETE", "/reviewers/R-1").expect(403, "roles do not allow"),
                byOperations("an oversized header", "GET", "/reviewers").header("X-Filler: " + "c".repeat(20_000))
                        .expect(400, null),
                byOperations("a path no access rule names", "GET", "/" + MARKER).expect(403, "roles do not allow"),
                // unauthenticated
                HostileRequest.of("unauthenticated: a profile without a token", "PUT", "/reviewers/R-NOTOKEN")
                        .json(valid).expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: accepting a case without a token", "POST",
                        "/cases/" + CASE_ID + "/reviewers/R-1/accept").expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: a token of another issuer", "POST", "/reviewers/R-1/suspend")
                        .authorization("Bearer " + TestTokens.token(List.of(Roles.OPERATIONS),
                                Map.of("iss", "https://elsewhere.invalid"))).expect(401, "bearer token"),
                // wrong role
                byReviewer("R-1", "wrong role: a reviewer replacing its own profile", "PUT", "/reviewers/R-1")
                        .json(valid).expect(403, "roles do not allow"),
                HostileRequest.of("wrong role: the auditor suspending a reviewer", "POST", "/reviewers/R-1/suspend")
                        .authorization(TestTokens.bearer(Roles.AUDITOR)).expect(403, "roles do not allow"),
                byOperations("wrong role: operations accepting a case for a reviewer", "POST",
                        "/cases/" + CASE_ID + "/reviewers/R-1/accept").expect(403, "roles do not allow"),
                // another reviewer's case: a reviewer answers in its own name only
                byReviewer("R-1", "accepting another reviewer's case", "POST",
                        "/cases/" + CASE_ID + "/reviewers/R-ANOTHER/accept").expect(403, "roles do not allow"),
                byReviewer("R-1", "declining another reviewer's case", "POST",
                        "/cases/" + CASE_ID + "/reviewers/R-ANOTHER/decline").expect(403, "roles do not allow"),
                HostileRequest.of("a reviewer whose token names no reviewer id", "POST",
                        "/cases/" + CASE_ID + "/reviewers/R-1/decline").authorization(TestTokens.bearer(Roles.REVIEWER))
                        .expect(403, "roles do not allow"));
    }

    private static HostileRequest put(String kind, String target, String json) {
        return byOperations(kind, "PUT", target).json(json);
    }

    /** A request of operations (the roster). */
    private static HostileRequest byOperations(String kind, String method, String target) {
        return HostileRequest.of(kind, method, target).authorization(TestTokens.bearer(Roles.OPERATIONS));
    }

    /** A request of the reviewer with this roster id (its responses to the cases assigned to it). */
    private static HostileRequest byReviewer(String reviewerId, String kind, String method, String target) {
        return HostileRequest.of(kind, method, target).authorization(TestTokens.reviewer(reviewerId));
    }
}
