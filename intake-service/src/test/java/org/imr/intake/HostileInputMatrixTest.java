package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imr.testsupport.hostile.HostileRequest.MARKER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.imr.intake.application.MaximalApplication;
import org.imr.intake.tracking.TrackingEvents;
import org.imr.schemas.Priority;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TestTokens;
import org.imr.testsupport.hostile.HostileInputMatrix;
import org.imr.testsupport.hostile.HostileRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Intake's REST API under hostile or careless input: every row is answered 4xx with problem details naming the field or
 * the limit, repeating nothing sent, and nothing is published on intake's topics nor stored in its document store.
 */
@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IntakeServiceApplication.NAME)
class HostileInputMatrixTest {

    private static final List<Topic<?>> INTAKE_TOPICS = Topics.ALL.stream()
            .filter(topic -> topic.writer().equals(Topics.INTAKE)).collect(Collectors.toList());
    private static final String CASE_ID = "5f0c3a3e-0000-3000-8000-000000000000";

    @LocalServerPort
    int port;

    @Value("${imr.intake.documents.directory}")
    Path documents;

    private HostileInputMatrix matrix() {
        return new HostileInputMatrix("intake", SharedInfrastructure.get(), INTAKE_TOPICS, this::documentsStored);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithProblemDetailsAndNothingPublished(HostileRequest row) throws IOException {
        matrix().check(port, row);
    }

    static Stream<HostileRequest> rows() {
        String valid = application();
        return Stream.of(
                // POST /cases: malformed bodies
                post("truncated JSON", valid.substring(0, valid.length() / 2)).expect(400, "ends before it is complete"),
                post("not JSON at all", "<application>" + MARKER + "</application>").expect(400, "not valid JSON"),
                post("empty body", "").expect(400, "the body is missing"),
                post("JSON null", "null").expect(400, "the body is missing"),
                post("a JSON list instead of an object", "[" + valid + "]").expect(400, "must be an object"),
                byIntake("invalid UTF-8 in a string", "POST", "/cases")
                        .header("Content-Type: application/json")
                        .body(invalidUtf8(valid.replace(MARKER, "\u0001SPLIT\u0001"))).expect(400, "not valid UTF-8"),
                post("deeply nested JSON (10,000 levels)", valid.replace("\"diagnoses\": [",
                        "\"diagnoses\": " + "[".repeat(10_000))).expect(400, "diagnoses"),
                post("duplicate keys", valid.replace("\"priority\": \"STANDARD\"",
                        "\"priority\": \"STANDARD\", \"priority\": \"EXPEDITED\"")).expect(400, "more than once"),
                post("an unknown field", valid.replace("\"priority\"", "\"isAdmin\": true, \"priority\""))
                        .expect(400, "isAdmin"),
                // POST /cases: wrong types and values
                post("wrong type: text for a number", valid.replace("\"age\": 44", "\"age\": \"forty " + MARKER + "\""))
                        .expect(400, "worker.age"),
                post("wrong type: object for a text", valid.replace("\"name\": \"Test Employer Inc.\"",
                        "\"name\": {\"first\": \"" + MARKER + "\"}")).expect(400, "employer.name"),
                post("huge number", valid.replace("\"age\": 44", "\"age\": 99999999999999999999999"))
                        .expect(400, "worker.age"),
                post("a number of 2,000 digits", valid.replace("\"age\": 44", "\"age\": 1" + "0".repeat(2_000)))
                        .expect(400, "1000 digits"),
                post("a fraction for a whole number", valid.replace("\"painRating\": 6", "\"painRating\": 5.5"))
                        .expect(400, "painRating"),
                post("a case number chosen by the client (takes over another case's letter)",
                        valid.replace("\"priority\"", "\"caseNumber\": \"CM15-0000001\", \"priority\""))
                        .expect(400, "caseNumber"),
                post("the Avro fallback symbol UNKNOWN", valid.replace("\"STANDARD\"", "\"UNKNOWN\""))
                        .expect(400, "priority"),
                post("an enum symbol that does not exist", valid.replace("\"PHYSICAL_THERAPY\"", "\"" + MARKER + "\""))
                        .expect(400, "disputedItems[0].serviceType"),
                post("a date in year 0", valid.replace("\"2016-10-13\"", "\"0000-10-13\"")).expect(400, "dateOfInjury"),
                post("a date in year -999999999", valid.replace("\"2016-10-13\"", "\"-999999999-10-13\""))
                        .expect(400, "dateOfInjury"),
                post("a date in year +999999999", valid.replace("\"2016-11-10\"", "\"+999999999-11-10\""))
                        .expect(400, "applicationReceivedDate"),
                post("a UR decision before IMR existed", valid.replace("\"2016-11-03\"", "\"1999-11-03\""))
                        .expect(400, "urDenialDate"),
                post("a date that is no date", valid.replace("\"2016-10-13\"", "\"2016-13-45\"")).expect(400, "dateOfInjury"),
                post("an over-size field (clinical summary of 20,001 characters)",
                        valid.replace("\"priority\"", "\"clinicalSummary\": \"" + "x".repeat(20_001) + "\", \"priority\""))
                        .expect(400, "clinicalSummary"),
                post("an over-size name (10,000 characters)", valid.replace("\"name\": \"Test Employer Inc.\"",
                        "\"name\": \"" + "y".repeat(10_000) + "\"")).expect(400, "employer.name"),
                post("an over-size list (31 disputed items)", valid.replace("\"disputedItems\": [", "\"disputedItems\": ["
                        + "{\"description\": \"x\", \"serviceType\": \"MRI\"},".repeat(30))).expect(400, "disputedItems"),
                post("an over-size body (3 MB)", valid.replace("\"priority\"",
                        "\"clinicalSummary\": \"" + "z".repeat(3_000_000) + "\", \"priority\"")).expect(413, "longer than"),
                post("a 10 MB text", valid.replace("\"name\": \"Test Employer Inc.\"",
                        "\"name\": \"" + "w".repeat(10_000_000) + "\"")).expect(413, "longer than"),
                post("a control character in a name", valid.replace(MARKER, MARKER + "\\u0000")).expect(400, "employee.name"),
                post("an unpaired surrogate in a name", valid.replace(MARKER, MARKER + "\\ud800")).expect(400, "employee.name"),
                post("a spreadsheet formula as a name (CSV injection)", valid.replace("\"Test Employer Inc.\"",
                        "\"=HYPERLINK(\\\"http://x/?" + MARKER + "\\\")\"")).expect(400, "employer.name"),
                post("an invisible-only name", valid.replace("\"Test Employer Inc.\"", "\"\\u200B\\u200E\\u2066\""))
                        .expect(400, "employer.name"),
                // POST /cases: wrong content types and representations
                byIntake("wrong content type (text/plain)", "POST", "/cases").header("Content-Type: text/plain")
                        .body(valid).expect(415, "application/json"),
                byIntake("no content type", "POST", "/cases").body(valid).expect(415, "application/json"),
                byIntake("a content type that does not parse", "POST", "/cases")
                        .header("Content-Type: " + MARKER + "/;;==").body(valid).expect(415, null),
                byIntake("a valid application asking for XML (Accept: application/xml)", "POST", "/cases")
                        .header("Accept: application/xml").json(application()).expect(406, "application/json"),
                // paths, methods and parameters
                byOperations("path traversal in a document id", "GET", "/documents/..%2F..%2Fetc%2Fpasswd")
                        .expect(400, null),
                byOperations("path traversal with backslashes in a document id", "GET",
                        "/documents/..%5C..%5C" + MARKER).expect(400, null),
                byOperations("a dot-dot document id", "GET", "/documents/%2E%2E").expect(400, null),
                byOperations("garbage in a case reference", "GET", "/cases/" + MARKER + "!%3Cscript%3E")
                        .expect(400, "reference"),
                byOperations("a case reference of 200 characters", "GET", "/cases/" + "a".repeat(200))
                        .expect(400, "reference"),
                byOperations("an unknown case", "GET", "/cases/CM16-9999999").expect(404, "No case"),
                byOperations("an unknown resource", "GET", "/console/" + MARKER).expect(404, "no such resource"),
                // a path or a method no access rule names is closed to every role (deny by default)
                byOperations("a path no access rule names", "GET", "/" + MARKER).expect(403, "roles do not allow"),
                byOperations("a method no access rule names", "DELETE", "/cases").expect(403, "roles do not allow"),
                byOperations("a method that does not exist", "BREW", "/cases").expect(400, null),
                byOperations("a query parameter of the wrong type", "GET", "/cases?page=" + MARKER)
                        .expect(400, "page"),
                byOperations("a huge query number", "GET", "/cases?size=99999999999999999999").expect(400, "size"),
                byOperations("a page size out of range", "GET", "/cases?size=100000").expect(400, "size"),
                byOperations("the fallback symbol as a query parameter", "GET", "/cases?priority=UNKNOWN")
                        .expect(400, "priority"),
                byOperations("a query date out of range", "GET", "/cases?dueBefore=-999999999-01-01")
                        .expect(400, "dueBefore"),
                byOperations("an oversized URI (20 KB)", "GET", "/cases/" + "b".repeat(20_000)).expect(400, null),
                byOperations("an oversized header (20 KB)", "GET", "/cases")
                        .header("X-Filler: " + "c".repeat(20_000)).expect(400, null),
                byOperations("a malformed request line", "GET", "/cases/<" + MARKER + ">").expect(400, null),
                byOperations("an HTML client on an unknown path (Accept: text/html)", "GET", "/console/nothing-here")
                        .header("Accept: text/html").expect(404, null),
                // expedite
                byIntake("a certification dated -999999999", "POST", "/cases/" + CASE_ID + "/expedite")
                        .json("{\"certifiedBy\": \"Dr. " + MARKER + "\", \"certifiedAt\": \"-999999999-01-01T00:00:00Z\"}")
                        .expect(400, "certifiedAt"),
                byIntake("a certification date that is no instant", "POST", "/cases/" + CASE_ID + "/expedite")
                        .json("{\"certifiedBy\": \"Dr. " + MARKER + "\", \"certifiedAt\": \"" + MARKER + "\"}")
                        .expect(400, "certifiedAt"),
                byIntake("a certification in the future", "POST", "/cases/" + CASE_ID + "/expedite")
                        .json("{\"certifiedBy\": \"Dr. X\", \"certifiedAt\": \"2999-01-01T00:00:00Z\"}")
                        .expect(400, "certifiedAt"),
                byIntake("a certification without its physician", "POST", "/cases/" + CASE_ID + "/expedite")
                        .json("{}").expect(400, "certifiedBy"),
                byIntake("expediting a case never filed", "POST", "/cases/" + CASE_ID + "/expedite")
                        .json("{\"certifiedBy\": \"Dr. X\"}").expect(404, "No eligible case"),
                byIntake("path traversal in a case id to expedite", "POST", "/cases/..%3B" + MARKER + "/expedite")
                        .json("{\"certifiedBy\": \"Dr. X\"}").expect(400, null),
                // documents
                document("a document of kind UNKNOWN", "/cases/" + CASE_ID + "/documents?kind=UNKNOWN", "text/plain")
                        .expect(400, "kind"),
                document("a document of no kind", "/cases/" + CASE_ID + "/documents", "text/plain").expect(400, "kind"),
                document("a document of a type not taken", "/cases/" + CASE_ID + "/documents?kind=OTHER",
                        "application/zip").expect(415, "application/pdf"),
                document("a document for a case never filed", "/cases/" + CASE_ID + "/documents?kind=OTHER",
                        "text/plain").expect(404, "No case"),
                document("garbage as a case id for a document", "/cases/" + MARKER + "!/documents?kind=OTHER",
                        "text/plain").expect(400, "caseId"),
                // unauthenticated: no token, a token of another issuer, a token whose signature is not its issuer's
                HostileRequest.of("unauthenticated: an application without a token", "POST", "/cases")
                        .json(application()).expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: a token of another issuer", "POST", "/cases")
                        .authorization("Bearer " + TestTokens.token(List.of(Roles.INTAKE),
                                Map.of("iss", "https://elsewhere.invalid"))).json(application()).expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: a token that is no JWT", "POST", "/cases")
                        .authorization("Bearer " + MARKER).json(application()).expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: a document without a token", "POST",
                        "/cases/" + CASE_ID + "/documents?kind=OTHER").header("Content-Type: text/plain")
                        .body(MARKER + " records").expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: the case list without a token", "GET", "/cases")
                        .expect(401, "bearer token"),
                HostileRequest.of("unauthenticated: the console without a token", "GET", "/console")
                        .header("Accept: text/html").expect(401, "bearer token"),
                // wrong role
                byOperations("wrong role: an application from operations", "POST", "/cases").json(application())
                        .expect(403, "roles do not allow"),
                HostileRequest.of("wrong role: an application from a reviewer", "POST", "/cases")
                        .authorization(TestTokens.reviewer("R-MATRIX")).json(application()).expect(403, "roles do not allow"),
                HostileRequest.of("wrong role: a document from the auditor", "POST",
                        "/cases/" + CASE_ID + "/documents?kind=OTHER").authorization(TestTokens.bearer(Roles.AUDITOR))
                        .header("Content-Type: text/plain").body(MARKER + " records").expect(403, "roles do not allow"),
                HostileRequest.of("wrong role: the auditor expediting a case", "POST", "/cases/" + CASE_ID + "/expedite")
                        .authorization(TestTokens.bearer(Roles.AUDITOR)).json("{\"certifiedBy\": \"Dr. X\"}")
                        .expect(403, "roles do not allow"),
                byIntake("wrong role: an intake client reading the case list", "GET", "/cases")
                        .expect(403, "roles do not allow"),
                HostileRequest.of("wrong role: a reviewer opening the console", "GET", "/console")
                        .authorization(TestTokens.reviewer("R-MATRIX")).expect(403, "roles do not allow"),
                HostileRequest.of("wrong role: a role the pipeline does not know", "GET", "/cases")
                        .authorization(TestTokens.bearer("admin")).expect(403, "roles do not allow"),
                // bulk
                byIntake("a CSV file whose header is malformed", "POST", "/cases/bulk")
                        .header("Content-Type: text/csv").body("applicationId,\"" + MARKER + "\n" + "x,y\n")
                        .expect(400, "header"),
                byIntake("a CSV file with columns that do not fit together", "POST", "/cases/bulk")
                        .header("Content-Type: text/csv").body("employee,employee.name,.\nx,y,z\n").expect(400, "header"),
                byIntake("an empty CSV file", "POST", "/cases/bulk").header("Content-Type: text/csv").body("")
                        .expect(400, "header"),
                byIntake("a CSV header that is not UTF-8", "POST", "/cases/bulk").header("Content-Type: text/csv")
                        .body(new byte[] {'a', (byte) 0xC3, (byte) 0x28, '\n'}).expect(400, "UTF-8"),
                byIntake("a bulk file asking for JSON (Accept: application/json)", "POST", "/cases/bulk")
                        .header("Content-Type: application/x-ndjson").header("Accept: application/json")
                        .body(oneLine(application()) + "\n").expect(406, "application/x-ndjson"),
                byIntake("a bulk file of an unknown type", "POST", "/cases/bulk")
                        .header("Content-Type: application/vnd.ms-excel").body("x").expect(415, "text/csv"));
    }

    /** A valid case is decided (as the determination's topic says): it cannot be expedited any more. */
    @Test
    void aDecidedCaseCannotBeExpedited() throws Exception {
        String caseId = ApplicationJson.caseIdOf(ApplicationJson.post(port, "/cases", "application/json",
                ApplicationJson.application("APP-" + UUID.randomUUID())));
        TrackingEvents events = new TrackingEvents(caseId, "CM16-0000001", Priority.STANDARD);
        new TestProducer(SharedInfrastructure.get()).send(Topics.DETERMINATION_ISSUED, caseId,
                events.decided(Instant.now(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> ApplicationJson.get(port, "/cases/" + caseId).body(),
                body -> body.contains("\"status\":\"DECIDED\""));

        matrix().check(port, byIntake("expediting a decided case", "POST", "/cases/" + caseId + "/expedite")
                .json("{\"certifiedBy\": \"Dr. " + MARKER + "\"}").expect(409, "decided"));
    }

    /**
     * A case assigned to one reviewer (as the assignment's topic says), with a document in its file: another reviewer
     * can read neither, by the case's number, its id or the document's reference (403, nothing echoed), while the
     * assigned reviewer reads both.
     */
    @Test
    void anotherReviewersCaseIsRefused() throws Exception {
        var receipt = ApplicationJson.post(port, "/cases", "application/json",
                ApplicationJson.application("APP-" + UUID.randomUUID()));
        String caseId = ApplicationJson.caseIdOf(receipt);
        String caseNumber = receipt.body().replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\".*", "$1");
        var attached = ApplicationJson.post(port, "/cases/" + caseId + "/documents?kind=MEDICAL_RECORDS", "text/plain",
                "Medical records of " + UUID.randomUUID());
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        String document = attached.body().replaceAll("(?s).*\"uri\":\"([^\"]+)\".*", "$1");
        new TestProducer(SharedInfrastructure.get()).send(Topics.REVIEWER_ASSIGNED, caseId,
                new TrackingEvents(caseId, caseNumber, Priority.STANDARD).assigned(Instant.now()));
        String assigned = TestTokens.reviewer(TrackingEvents.REVIEWER);
        await().atMost(Duration.ofSeconds(60)).until(() -> ApplicationJson.get(port, document, assigned).statusCode(),
                status -> status == 200);
        assertThat(ApplicationJson.get(port, "/cases/" + caseNumber, assigned).statusCode()).isEqualTo(200);

        String another = TestTokens.reviewer("R-ANOTHER");
        for (HostileRequest row : List.of(
                HostileRequest.of("another reviewer's case, by its number", "GET", "/cases/" + caseNumber)
                        .authorization(another),
                HostileRequest.of("another reviewer's case, by its id", "GET", "/cases/" + caseId).authorization(another),
                HostileRequest.of("a document of another reviewer's case", "GET", document).authorization(another),
                HostileRequest.of("a reviewer whose token names no reviewer id", "GET", "/cases/" + caseNumber)
                        .authorization(TestTokens.bearer(Roles.REVIEWER)))) {
            matrix().check(port, row.expect(403, "roles do not allow"));
        }
    }

    private static HostileRequest post(String kind, String json) {
        return byIntake(kind, "POST", "/cases").json(json);
    }

    private static HostileRequest document(String kind, String target, String contentType) {
        return byIntake(kind, "POST", target).header("Content-Type: " + contentType).body(MARKER + " records");
    }

    /** A request of an intake client (applications, documents, bulk files, expediting). */
    private static HostileRequest byIntake(String kind, String method, String target) {
        return HostileRequest.of(kind, method, target).authorization(TestTokens.bearer(Roles.INTAKE));
    }

    /** A request of operations (tracking, documents, the console). */
    private static HostileRequest byOperations(String kind, String method, String target) {
        return HostileRequest.of(kind, method, target).authorization(TestTokens.bearer(Roles.OPERATIONS));
    }

    /** A valid application whose worker is named after the marker, a new worker each time. */
    private static String application() {
        return ApplicationJson.application("APP-" + UUID.randomUUID(), MARKER + " " + UUID.randomUUID());
    }

    private static String oneLine(String json) {
        return ApplicationJson.oneLine(json);
    }

    /** The text's UTF-8 with a byte that starts no UTF-8 sequence where it says SPLIT. */
    private static byte[] invalidUtf8(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String marked = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u0001SPLIT\u0001",
                "\u00FF\u00FE");
        return marked.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private Object documentsStored() {
        if (!Files.isDirectory(documents)) {
            return 0L;
        }
        try (Stream<Path> files = Files.walk(documents)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theLargestValidApplicationIsPublishedNotRefused() throws Exception {
        String largest = MaximalApplication.json("APP-" + UUID.randomUUID());
        var response = ApplicationJson.post(port, "/cases", "application/json", largest);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.body()).contains("\"published\":true", "\"status\":\"ELIGIBLE\"");
    }
}
