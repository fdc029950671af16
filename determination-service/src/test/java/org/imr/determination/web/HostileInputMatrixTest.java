package org.imr.determination.web;

import static org.imr.testsupport.hostile.HostileRequest.MARKER;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.imr.determination.DeterminationServiceApplication;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.imr.testsupport.hostile.HostileInputMatrix;
import org.imr.testsupport.hostile.HostileRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The determination service's HTTP port (health, metrics and its OpenAPI description; no endpoint of its own yet) under
 * hostile requests: problem details, never Tomcat's or Boot's HTML or JSON of another shape. Rows for the endpoints
 * the service gains (drafts, signatures) belong here.
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DeterminationServiceApplication.NAME)
class HostileInputMatrixTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithProblemDetails(HostileRequest row) throws IOException {
        new HostileInputMatrix("determination", SharedInfrastructure.get(), List.of(), null).check(port, row);
    }

    static Stream<HostileRequest> rows() {
        return Stream.of(
                HostileRequest.of("an unknown path", "GET", "/" + MARKER).expect(404, "no such resource"),
                HostileRequest.of("an unknown path, from a browser", "GET", "/" + MARKER).header("Accept: text/html")
                        .expect(404, null),
                HostileRequest.of("a method not allowed", "DELETE", "/v3/api-docs").expect(405, null),
                HostileRequest.of("path traversal", "GET", "/..%2F..%2Fetc%2Fpasswd").expect(400, null),
                HostileRequest.of("an oversized header", "GET", "/actuator/health")
                        .header("X-Filler: " + "c".repeat(20_000)).expect(400, null),
                HostileRequest.of("a malformed request line", "GET", "/a b<" + MARKER).expect(400, null));
    }
}
