package org.imr.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.imr.local.RunningPipeline;
import org.imr.local.ServiceName;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.LetterDeliveryRequested;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.PartyRole;
import org.imr.schemas.ReviewerAssignmentAudited;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.TopicReaders;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole pipeline, asserted through its public outcomes only: the intake API, the outcome topics a downstream
 * system reads, the letter served over HTTP. Each subclass runs the same scenarios on its own infrastructure, every
 * service on {@link #CLOCK}: late in the evening in California, already the next day in UTC.
 */
abstract class PipelineEndToEndScenarios {

    /** Wednesday 25 November 2026, 23:30 in California (07:30 UTC on Thursday, Thanksgiving Day). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T07:30:00Z"), ZoneOffset.UTC);

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final ZoneId CALIFORNIA = ZoneId.of("America/Los_Angeles");

    private final HttpClient http = HttpClient.newHttpClient();

    abstract RunningPipeline pipeline();

    @Test
    void theSeedCaseGetsItsOverturnedLetterFromACaliforniaLicensedPhysicalMedicineReviewer() throws Exception {
        String caseId = submit(sample("01-seed-occupational-therapy.json"));

        FinalDeterminationLetterIssued issued = awaitLetter(caseId);

        String letter = issued.getLetterText();
        assertThat(letter).contains("Occupational therapy, bilateral wrists, 2 x 4: Overturned");
        assertThat(letter.replaceAll("\\s+", " "))
                .contains("MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99.")
                .contains("The current request is medically necessary.");
        assertThat(lineStartingWith(letter, "Certification(s)/Specialty:")).contains("Physical Medicine & Rehabilitation");
        assertThat(lineStartingWith(letter, "State(s) of Licensure:")).contains("California");
        assertThat(issued.getReviewer().getLicensureStates()).contains("California");
        assertThat(get(issued.getLetterUri())).isEqualTo(letter);
        assertThat(issued.getCaseNumber()).matches("CM15-\\d{7}");
        assertThat(letter.lines().findFirst()).hasValue("Case Number:          " + issued.getCaseNumber());
    }

    @Test
    void aConfluentClientDecodesTheDecisionThroughTheRegistrysCompatibleApi() throws Exception {
        String caseId = submit(sample("01-seed-occupational-therapy.json"));
        FinalDeterminationLetterIssued issued = awaitLetter(caseId);

        byte[] onTheWire = probe().awaitRawRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
        GenericRecord decoded = ConfluentWireFormat.decode(onTheWire,
                pipeline().infrastructure().confluentCompatibleRegistryUrl());

        assertThat(decoded.get("caseNumber").toString()).isEqualTo(issued.getCaseNumber());
        GenericRecord decision = (GenericRecord) ((List<?>) decoded.get("decisions")).getFirst();
        assertThat(decision.get("outcome").toString()).isEqualTo("OVERTURNED");
        assertThat(decision.get("itemDescription").toString()).isEqualTo("Occupational therapy, bilateral wrists, 2 x 4");
        assertThat(get(pipeline().infrastructure().confluentCompatibleRegistryUrl() + "/subjects/"
                + Topics.LETTER_ISSUED.valueSubject() + "/versions"))
                .as("registered at start-up, found again by the serializer: one version").isEqualTo("[1]");
    }

    @Test
    void everyServiceDescribesItsRestEndpointsWithOpenApi() throws Exception {
        assertThat(get(pipeline().baseUrl(ServiceName.INTAKE) + "/v3/api-docs"))
                .contains("\"openapi\"", "\"/cases\"", "\"/cases/bulk\"", "\"/cases/{caseId}/expedite\"",
                        "\"/applications/counts\"");
        assertThat(get(pipeline().baseUrl(ServiceName.REVIEWER_ASSIGNMENT) + "/v3/api-docs"))
                .contains("\"openapi\"", "\"/reviewers/{reviewerId}\"", "\"/cases/{caseId}/reviewers/{reviewerId}/decline\"");
        assertThat(get(pipeline().baseUrl(ServiceName.NOTIFICATION) + "/v3/api-docs"))
                .contains("\"openapi\"", "\"/letters/{name}\"", "\"/letters/{caseNumber}/versions\"");
        assertThat(get(pipeline().baseUrl(ServiceName.DETERMINATION) + "/v3/api-docs")).contains("\"openapi\"");
    }

    @Test
    void everyServiceAnswersOnlyTheIdentityProvidersTokensOfTheRightRole() throws Exception {
        String caseId = submit(sample("01-seed-occupational-therapy.json"));
        String caseNumber = awaitLetter(caseId).getCaseNumber();
        String intake = pipeline().baseUrl(ServiceName.INTAKE);
        String letters = pipeline().baseUrl(ServiceName.NOTIFICATION) + "/letters/" + caseNumber;

        assertThat(send("GET", intake + "/cases/" + caseNumber, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", letters, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", letters, pipeline().bearer(Roles.INTAKE)).statusCode()).isEqualTo(403);
        assertThat(send("GET", letters, pipeline().bearer(Roles.REVIEWER)).statusCode()).isEqualTo(403);
        assertThat(send("GET", letters, pipeline().bearer(Roles.AUDITOR)).statusCode()).isEqualTo(200);
        assertThat(send("GET", intake + "/cases", pipeline().bearer(Roles.INTAKE)).statusCode()).isEqualTo(403);
        // the development reviewer answers only for itself
        assertThat(send("POST", pipeline().baseUrl(ServiceName.REVIEWER_ASSIGNMENT) + "/cases/" + caseId
                + "/reviewers/RV-9999/decline", pipeline().bearer(Roles.REVIEWER)).statusCode()).isEqualTo(403);
        for (ServiceName service : ServiceName.values()) {
            assertThat(send("GET", pipeline().baseUrl(service) + "/actuator/health", null).statusCode())
                    .as(service + " health").isEqualTo(200);
            assertThat(send("GET", pipeline().baseUrl(service) + "/v3/api-docs", null).statusCode())
                    .as(service + " API description").isEqualTo(401);
        }
    }

    @Test
    void intakeTracksACaseAcrossEveryStageFromTheTopics() throws Exception {
        String caseId = submit(sample("01-seed-occupational-therapy.json"));
        String caseNumber = awaitLetter(caseId).getCaseNumber();

        // the tracking view catches up with the topics after the letter: until it has the case number, 404
        String tracked = Awaitility.await().atMost(TIMEOUT).ignoreExceptionsInstanceOf(AssertionError.class).until(
                () -> get(pipeline().baseUrl(ServiceName.INTAKE) + "/cases/" + caseNumber),
                body -> body.contains("\"status\":\"LETTER_ISSUED\""));

        assertThat(tracked).contains("\"caseId\":\"" + caseId + "\"", "\"stage\":\"RECEIVED\"", "\"stage\":\"ELIGIBLE\"",
                "\"stage\":\"ASSIGNED\"", "\"stage\":\"DECIDED\"", "\"source\":\"assignment\"", "\"atRisk\":false");
        assertThat(get(pipeline().baseUrl(ServiceName.INTAKE) + "/v3/api-docs"))
                .contains("\"/cases/{reference}\"", "\"/cases/{caseId}/documents\"", "\"/documents/{documentId}\"",
                        "\"/cases/{reference}/access-log\"");
    }

    @Test
    void aLetterReadOverHttpIsInTheCasesAccessLogAtIntakeAndInNoOtherCasesLog() throws Exception {
        String caseId = submit(sample("01-seed-occupational-therapy.json"));
        String otherCaseId = submit(sample("01-seed-occupational-therapy.json"));
        FinalDeterminationLetterIssued issued = awaitLetter(caseId);
        String accessLog = pipeline().baseUrl(ServiceName.INTAKE) + "/cases/%s/access-log";

        assertThat(get(issued.getLetterUri())).isEqualTo(issued.getLetterText());

        // case tracking follows the topics by the feed's lag (a poll waits up to a second): 404 until it knows the case;
        // the page's count and its rows are two reads, so a page read while the access is written may show one only
        JsonNode log = JsonMapper.builder().build().readTree(Awaitility.await().atMost(TIMEOUT).until(
                () -> asAuditorOnceTracked(accessLog.formatted(issued.getCaseNumber())),
                body -> body.contains("\"kind\":\"LETTER\"") && body.contains("\"total\":1")));
        assertThat(log.get("caseId").asString()).isEqualTo(caseId);
        assertThat(log.get("total").asLong()).isEqualTo(1);
        JsonNode read = log.get("accesses").get(0);
        assertThat(read.get("service").asString()).isEqualTo(Topics.NOTIFICATION);
        assertThat(read.get("principal").asString()).as("the reader's token's subject").isNotBlank()
                .isNotEqualTo("anonymous");
        assertThat(read.get("role").asString()).isEqualTo(Roles.OPERATIONS);
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("path").asString()).isEqualTo(URI.create(issued.getLetterUri()).getPath());
        assertThat(Awaitility.await().atMost(TIMEOUT).until(() -> asAuditorOnceTracked(accessLog.formatted(otherCaseId)),
                body -> !body.isEmpty())).contains("\"total\":0");
        assertThat(send("GET", accessLog.formatted(caseId), pipeline().bearer(Roles.OPERATIONS)).statusCode())
                .as("only the auditor reads the access log").isEqualTo(403);
    }

    /** The auditor's answer; empty while case tracking does not know the case yet (404). */
    private String asAuditorOnceTracked(String uri) throws Exception {
        HttpResponse<String> response = send("GET", uri, pipeline().bearer(Roles.AUDITOR));
        if (response.statusCode() == 404) {
            return "";
        }
        assertThat(response.statusCode()).as(uri).isEqualTo(200);
        return response.body();
    }

    @Test
    void aCaseNoReviewerMayTakeYieldsTheNoEligibleReviewerEventWithReasons() throws Exception {
        String caseId = submit(sample("04-psychotherapy-no-eligible-reviewer.json"));

        NoEligibleReviewerFound none = probe().awaitRecord(Topics.NO_ELIGIBLE_REVIEWER, caseId, TIMEOUT).value();

        assertThat(none.getReviewersConsidered()).isGreaterThanOrEqualTo(30);
        assertThat(none.getReasons()).anyMatch(reason -> reason.startsWith("fewer than 24 hours a week in active practice"));
    }

    @Test
    void garbageOnTheCaseTopicLandsOnItsDeadLetterTopicWhileTheNextValidCaseStillGetsItsLetter() throws Exception {
        String garbageKey = "garbage-" + UUID.randomUUID();
        byte[] garbage = {0x00, 0x00, 0x00, 0x7f, 0x13, 0x37, 'n', 'o', 't', ' ', 'a', 'v', 'r', 'o'};
        new TestProducer(pipeline().infrastructure()).sendBytes(Topics.CASE_RECEIVED, garbageKey, garbage);

        String caseId = submit(sample("01-seed-occupational-therapy.json"));

        ConsumerRecord<String, byte[]> deadLetter = probe().awaitDeadLetter(Topics.CASE_RECEIVED,
                record -> garbageKey.equals(record.key()), TIMEOUT);
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(new String(deadLetter.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .isNotBlank();
        assertThat(awaitLetter(caseId).getLetterText()).contains("Overturned");
    }

    /**
     * Every topic a service reads ({@link TopicReaders}: a listener, a catch-up reader of intake's ledger, tracking or
     * the roster): garbage on it reaches its dead-letter twin with a reason, never skipped. Not here: the drafts and the
     * reviewers' responses, which only the workbench's reader reads live (with reviewer sign-off, not the automatic
     * sign-off of these scenarios; it dead-letters the same way) and the assignment's rebuild (it leaves garbage out
     * and logs where it was).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readTopics")
    void garbageOnEveryTopicAServiceReadsLandsOnItsDeadLetterTopicWithAReason(String topicName) {
        Topic<?> topic = Topics.named(topicName);
        String garbageKey = "garbage-" + UUID.randomUUID();
        byte[] garbage = ("not an event of " + topicName).getBytes(StandardCharsets.UTF_8);
        new TestProducer(pipeline().infrastructure()).sendBytes(topic, garbageKey, garbage);

        ConsumerRecord<String, byte[]> deadLetter = probe().awaitDeadLetter(topic,
                record -> garbageKey.equals(record.key()), TIMEOUT);

        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(new String(deadLetter.headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).isNotBlank();
    }

    static Stream<String> readTopics() {
        return TopicReaders.BY_SERVICE.values().stream().flatMap(List::stream).distinct()
                .filter(topic -> topic != Topics.REVIEWER_RESPONSES && topic != Topics.DETERMINATION_DRAFTED)
                .map(Topic::name).sorted();
    }

    @Test
    void aCaseReceivedAt2330InCaliforniaHasTheSameDatesInIntakesTrackingTheAssignmentsAuditAndTheLetter()
            throws Exception {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        String caseId = submit(sample("01-seed-occupational-therapy.json")
                .replace("\"applicationReceivedDate\": \"2015-06-25\"", "\"applicationReceivedDate\": \"" + wednesday + "\"")
                .replace("\"urDenialDate\": \"2015-06-12\"", "\"urDenialDate\": \"2026-11-12\""));

        FinalDeterminationLetterIssued letter = awaitLetter(caseId);
        ReviewerAssignmentAudited audit = probe().awaitRecord(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId, TIMEOUT).value();
        LetterDeliveryRequested toClaimsAdministrator = Awaitility.await().atMost(TIMEOUT).until(
                () -> probe().readToEnd(Topics.LETTER_DELIVERY_REQUESTED, TIMEOUT).stream()
                        .filter(record -> caseId.equals(record.key())).map(ConsumerRecord::value)
                        .filter(delivery -> delivery.getRecipientRole() == PartyRole.CLAIMS_ADMINISTRATOR).toList(),
                deliveries -> !deliveries.isEmpty()).getFirst();
        JsonNode tracked = JsonMapper.builder().build().readTree(Awaitility.await().atMost(TIMEOUT).until(
                () -> get(pipeline().baseUrl(ServiceName.INTAKE) + "/cases/" + caseId),
                body -> body.contains("\"status\":\"LETTER_ISSUED\"")));

        assertThat(californianDateOfStage(tracked, "RECEIVED")).as("receipt in intake's tracking").isEqualTo(wednesday);
        assertThat(lineStartingWith(letter.getLetterText(), "Priority:")).as("receipt on the letter").contains("11/25/2026");
        assertThat(LocalDate.ofInstant(audit.getEnvelope().getOccurredAt(), CALIFORNIA)).as("assigned, audited")
                .isEqualTo(wednesday);
        assertThat(californianDateOfStage(tracked, "ASSIGNED")).as("assigned, tracked").isEqualTo(wednesday);
        assertThat(letter.getDateAssigned()).as("assigned, on the letter").isEqualTo(wednesday);
        assertThat(lineStartingWith(letter.getLetterText(), "Date Assigned:")).contains("11/25/2026");
        assertThat(letter.getDecisionDate()).isEqualTo(wednesday);

        assertThat(audit.getDeterminationDueDate()).as("30 days after receipt").isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(audit.getRecordsDueDate()).as("15 days after the notice of assignment").isEqualTo(LocalDate.of(2026, 12, 10));
        JsonNode due = tracked.get("due");
        assertThat(californianDateOfDue(due, "determinationDueAt")).isEqualTo(audit.getDeterminationDueDate());
        assertThat(californianDateOfDue(due, "recordsDueAt")).isEqualTo(audit.getRecordsDueDate());
        assertThat(californianDateOfDue(due, "assignmentNoticeDueAt")).as("the next business day after Thanksgiving")
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(toClaimsAdministrator.getAuthorisationDueBy()).as("5 working days, Thanksgiving and the day after not")
                .isEqualTo(LocalDate.of(2026, 12, 4));
    }

    private static LocalDate californianDateOfStage(JsonNode tracked, String stage) {
        for (JsonNode entry : tracked.get("timeline")) {
            if (entry.get("stage").asString().equals(stage)) {
                return LocalDate.ofInstant(Instant.parse(entry.get("at").asString()), CALIFORNIA);
            }
        }
        throw new AssertionError("No " + stage + " in the case's timeline: " + tracked);
    }

    private static LocalDate californianDateOfDue(JsonNode due, String field) {
        return LocalDate.ofInstant(Instant.parse(due.get(field).asString()), CALIFORNIA);
    }

    private FinalDeterminationLetterIssued awaitLetter(String caseId) {
        return probe().awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
    }

    private TopicProbe probe() {
        return new TopicProbe(pipeline().infrastructure());
    }

    private static String sample(String file) throws IOException {
        return Applications.sample(file);
    }

    private String submit(String application) throws Exception {
        return Applications.submit(http, pipeline().baseUrl(ServiceName.INTAKE), application,
                pipeline().bearer(Roles.INTAKE));
    }

    /** As operations, who may read every case, letter and API description. */
    private String get(String uri) throws Exception {
        HttpResponse<String> response = send("GET", uri, pipeline().bearer(Roles.OPERATIONS));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(String method, String uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String lineStartingWith(String letter, String prefix) {
        return letter.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("The letter has no line starting with " + prefix));
    }
}
