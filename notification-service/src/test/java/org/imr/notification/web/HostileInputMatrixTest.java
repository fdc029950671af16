package org.imr.notification.web;

import static org.imr.testsupport.hostile.HostileRequest.MARKER;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.imr.notification.NotificationServiceApplication;
import org.imr.security.Roles;
import org.imr.schemas.topics.Topics;
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
 * The letters' REST API under hostile or careless requests: every row is answered 4xx with problem details, repeating
 * nothing sent; no token, or a token of a role that reads no letter, is 401 or 403. Its endpoints only read: the topic
 * watched is the access log's, where a letter served is recorded and a refused request must leave nothing (the
 * service's listeners write its other topics, for the determinations other test classes send).
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + NotificationServiceApplication.NAME,
                "imr.letters.directory=${java.io.tmpdir}/imr-letters-test-${random.uuid}"})
class HostileInputMatrixTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithProblemDetails(HostileRequest row) throws IOException {
        new HostileInputMatrix("notification", SharedInfrastructure.get(), List.of(Topics.LETTER_READ), null)
                .check(port, row);
    }

    static Stream<HostileRequest> rows() {
        return Stream.of(
                byOperations("path traversal in a letter's name", "GET", "/letters/..%2F..%2Fetc%2Fpasswd")
                        .expect(400, null),
                byOperations("a letter's name with a backslash", "GET", "/letters/..%5C" + MARKER).expect(400, null),
                byOperations("a letter's name of 200 characters", "GET", "/letters/" + "C".repeat(200))
                        .expect(400, "name"),
                byOperations("a letter never issued", "GET", "/letters/CM16-9999999").expect(404, "No letter"),
                byOperations("a letter as XML (Accept: application/xml)", "GET", "/letters/CM16-9999999")
                        .header("Accept: application/xml").expect(406, "text/plain"),
                byOperations("an Accept header that does not parse", "GET", "/letters/CM16-9999999")
                        .header("Accept: " + MARKER + ";;q=x").expect(406, null),
                byOperations("a version that is no number", "GET", "/letters/CM16-9999999/versions/" + MARKER)
                        .expect(404, "No such version"),
                byOperations("garbage as the case number of a version", "GET", "/letters/" + MARKER + "!/versions")
                        .expect(400, "caseNumber"),
                // a method or a path no access rule names is closed to every role (deny by default)
                byOperations("a method no access rule names", "POST", "/letters/CM16-9999999")
                        .expect(403, "roles do not allow"),
                byOperations("an oversized URI", "GET", "/letters/" + "u".repeat(20_000)).expect(400, null),
                byOperations("an oversized header", "GET", "/letters/CM16-9999999")
                        .header("Cookie: " + "c".repeat(20_000)).expect(400, null),
                byOperations("a path no access rule names, from a browser", "GET", "/" + MARKER)
                        .header("Accept: text/html").expect(403, "roles do not allow"),
                byOperations("an unknown path, from a browser", "GET", "/letters/CM16-9999999/versions/1/" + MARKER)
                        .header("Accept: text/html").expect(404, null),
                // unauthenticated
                HostileRequest.of("unauthenticated: a letter without a token", "GET", "/letters/CM16-9999999")
                        .expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: a token that is no JWT", "GET", "/letters/CM16-9999999")
                        .authorization("Bearer " + MARKER).expect(401, "bearer token"),
                // wrong role: letters are operations' and the auditor's to read; a reviewer's or an intake
                // client's token reads none, not even of a case assigned to that reviewer
                HostileRequest.of("wrong role: a reviewer reading a letter", "GET", "/letters/CM16-9999999")
                        .authorization(TestTokens.reviewer("R-MATRIX")).expect(403, "roles do not allow"),
                HostileRequest.of("wrong role: an intake client reading a letter", "GET", "/letters/CM16-9999999.pdf")
                        .authorization(TestTokens.bearer(Roles.INTAKE)).expect(403, "roles do not allow"));
    }

    /** A request of operations (letters are read by operations and the auditor). */
    private static HostileRequest byOperations(String kind, String method, String target) {
        return HostileRequest.of(kind, method, target).authorization(TestTokens.bearer(Roles.OPERATIONS));
    }
}
