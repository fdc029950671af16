package org.imr.determination.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.imr.calendar.ImrCalendar;
import org.imr.determination.DeterminationServiceApplication;
import org.imr.determination.signoff.ReviewCase;
import org.imr.determination.signoff.ReviewCases;
import org.imr.determination.signoff.ReviewCasesReader;
import org.imr.determination.signoff.ReviewerSignOff;
import org.imr.kafka.Envelopes;
import org.imr.kafka.PollHandler;
import org.imr.schemas.CaseDocumentReceived;
import org.imr.schemas.CaseFileSection;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DocumentKind;
import org.imr.schemas.DocumentReference;
import org.imr.schemas.DraftReview;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.EvidenceFact;
import org.imr.schemas.ImrCase;
import org.imr.schemas.PhiAccessKind;
import org.imr.schemas.PhiAccessRecorded;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.ServiceType;
import org.imr.schemas.SignOff;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.imr.testsupport.TestTokens;
import org.imr.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reviewer sign-off through the workbench's pages, on the shared broker: an assignment is drafted and waits; the
 * assigned reviewer accepts, keeps or changes each item and signs; only then is the determination issued, once.
 * reviewer-assignment-service and intake-service are stood in for by {@link OtherServicesStub}.
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DeterminationServiceApplication.NAME)
class ReviewerWorkbenchServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String REVIEWER = "RV-0001";
    private static final OtherServicesStub OTHER_SERVICES =
            new OtherServicesStub(new TestProducer(SharedInfrastructure.get()));

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());
    private final TestProducer producer = new TestProducer(SharedInfrastructure.get());
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ConsumerFactory<String, Object> consumers;

    @Autowired
    PollHandler polls;

    @Autowired
    ImrCalendar calendar;

    @Autowired
    ReviewCases reviewCases;

    @DynamicPropertySource
    static void otherServices(DynamicPropertyRegistry registry) {
        registry.add("imr.determination.workbench.assignment-service-url", OTHER_SERVICES::url);
        registry.add("imr.determination.workbench.intake-service-url", OTHER_SERVICES::url);
    }

    @Test
    void anAssignmentIsDraftedWithTheFactsItUsedAndNothingIsIssuedBeforeTheReviewerSigns() throws Exception {
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        ReviewerAssigned assignment = assign(seed, REVIEWER, LocalDate.of(2015, 7, 25));

        DeterminationDrafted draft = probe.awaitRecord(Topics.DETERMINATION_DRAFTED, seed.getCaseId(), TIMEOUT).value();

        assertThat(draft.getEnvelope().getEventId()).isEqualTo(Envelopes.derivedId(assignment.getEnvelope().getEventId(), "draft"));
        assertThat(draft.getReviewer().getReviewerId()).isEqualTo(REVIEWER);
        assertThat(draft.getDeterminationDueDate()).isEqualTo(LocalDate.of(2015, 7, 25));
        assertThat(draft.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getDecision().getOutcome()).isEqualTo(DecisionOutcome.OVERTURNED);
            assertThat(item.getDecision().getRuleId()).isNotBlank();
            EvidenceFact condition = item.getEvidence().getFirst();
            assertThat(condition.getSection()).isEqualTo(CaseFileSection.DIAGNOSES);
            assertThat(seed.getDiagnoses().get(condition.getEntry()).substring(condition.getStart(), condition.getEnd()))
                    .isEqualTo("carpal tunnel");
        });
        assertThat(page(REVIEWER, seed.getCaseId()).body())
                .contains("<mark title=\"Item 1: ", ">carpal tunnel</mark>", "Accept the case");
        assertThat(issuedFor(seed.getCaseId())).isEmpty();
    }

    @Test
    void aReviewersWorkbenchAnswersOnlyThatReviewersToken() throws Exception {
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        assign(seed, REVIEWER, LocalDate.of(2015, 7, 25));
        awaitInQueue(REVIEWER, seed.getCaseId());
        URI casePage = URI.create("http://127.0.0.1:" + port + "/workbench/reviewers/" + REVIEWER + "/cases/" + seed.getCaseId());

        assertThat(http.send(HttpRequest.newBuilder(casePage).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
        HttpResponse<String> another = http.send(HttpRequest.newBuilder(casePage)
                .header("Authorization", TestTokens.reviewer("R-SOMEONE-ELSE")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(another.statusCode()).isEqualTo(403);
        assertThat(another.body()).doesNotContain("carpal tunnel");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(casePage + "/sign"))
                .header("Authorization", TestTokens.bearer(Roles.OPERATIONS))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        assertThat(issuedFor(seed.getCaseId())).isEmpty();
    }

    @Test
    void theWorkbenchsAddressLeadsAReviewerToItsOwnQueue() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> reviewer = noRedirects.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workbench"))
                .header("Authorization", TestTokens.reviewer(REVIEWER)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> operations = noRedirects.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workbench"))
                .header("Authorization", TestTokens.bearer(Roles.OPERATIONS)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reviewer.statusCode()).isEqualTo(302);
        assertThat(reviewer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/workbench/reviewers/" + REVIEWER));
        assertThat(operations.statusCode()).isEqualTo(403);
    }

    @Test
    void theReviewerAcceptsChangesAnItemAndSignsOnceAndTheDeterminationRecordsTheChange() throws Exception {
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        assign(seed, REVIEWER, LocalDate.of(2015, 7, 25));
        DeterminationDrafted draft = awaitInQueue(REVIEWER, seed.getCaseId());
        Map<String, String> upheld = form(DecisionOutcome.UPHELD, "ODG Forearm, Wrist and Hand", "Not necessary.");

        assertThat(post(REVIEWER, seed.getCaseId(), "sign", upheld).statusCode()).as("not accepted yet").isEqualTo(409);
        assertThat(post(REVIEWER, seed.getCaseId(), "accept", Map.of()).statusCode()).isEqualTo(302);
        assertThat(page(REVIEWER, seed.getCaseId()).body()).contains("id=\"sign\"").doesNotContain("id=\"accept\"");
        double changedBefore = draftReviews("changed");
        assertThat(post(REVIEWER, seed.getCaseId(), "sign", upheld).statusCode()).isEqualTo(302);
        assertThat(post(REVIEWER, seed.getCaseId(), "sign", upheld).statusCode()).as("signed again").isEqualTo(302);

        List<DeterminationIssued> issued = issuedFor(seed.getCaseId());
        assertThat(issued).singleElement().satisfies(determination -> {
            assertThat(determination.getSignOff()).isEqualTo(SignOff.REVIEWER);
            assertThat(determination.getDraftEventId()).isEqualTo(draft.getEnvelope().getEventId());
            assertThat(determination.getEnvelope().getEventId())
                    .isEqualTo(Envelopes.derivedId(draft.getEnvelope().getEventId(), "determination"));
            assertThat(determination.getDecisions()).singleElement().satisfies(decision -> {
                assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.UPHELD);
                assertThat(decision.getGuidelineCitation()).isEqualTo("ODG Forearm, Wrist and Hand");
                assertThat(decision.getRationale()).isEqualTo("Not necessary.");
                assertThat(decision.getDraftReview()).isEqualTo(DraftReview.CHANGED);
                assertThat(decision.getRuleId()).isEqualTo(draft.getItems().getFirst().getDecision().getRuleId());
            });
        });
        assertThat(draftReviews("changed")).isEqualTo(changedBefore + 1);
        assertThat(page(REVIEWER, seed.getCaseId()).body()).contains("You signed its determination");
        assertThat(queue(REVIEWER)).doesNotContain(seed.getCaseId());
    }

    @Test
    void aDraftSignedAsItIsRecordsEveryItemKept() throws Exception {
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        assign(seed, REVIEWER, LocalDate.of(2015, 7, 25));
        DeterminationDrafted draft = awaitInQueue(REVIEWER, seed.getCaseId());
        post(REVIEWER, seed.getCaseId(), "accept", Map.of());
        var drafted = draft.getItems().getFirst().getDecision();

        post(REVIEWER, seed.getCaseId(), "sign", form(drafted.getOutcome(), drafted.getGuidelineCitation(),
                drafted.getRationale().replace("\n", "\r\n") + "  "));

        assertThat(issuedFor(seed.getCaseId())).singleElement().satisfies(determination -> assertThat(
                determination.getDecisions()).singleElement().satisfies(decision -> {
                    assertThat(decision.getDraftReview()).isEqualTo(DraftReview.KEPT);
                    assertThat(decision.getRationale()).isEqualTo(drafted.getRationale());
                }));
    }

    @Test
    void anItemReferredToTheReviewerCannotBeSignedUndecided() throws Exception {
        ImrCase referred = SampleCases.withService(UUID.randomUUID().toString(), ServiceType.OTHER, "Reiki energy healing");
        assign(referred, REVIEWER, null);
        DeterminationDrafted draft = awaitInQueue(REVIEWER, referred.getCaseId());
        assertThat(draft.getItems().getFirst().getDecision().getOutcome()).isEqualTo(DecisionOutcome.EXPERT_REVIEW_REQUIRED);
        post(REVIEWER, referred.getCaseId(), "accept", Map.of());

        HttpResponse<String> undecided = post(REVIEWER, referred.getCaseId(), "sign",
                form(DecisionOutcome.EXPERT_REVIEW_REQUIRED, "none", "Referred."));

        assertThat(undecided.statusCode()).isEqualTo(400);
        assertThat(undecided.body()).contains("Decide the item: Upheld or Overturned.");
        assertThat(issuedFor(referred.getCaseId())).isEmpty();
    }

    @Test
    void anotherReviewerIsRefusedTheCaseAndCannotSignItAndNoReadIsRecorded() throws Exception {
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        assign(seed, REVIEWER, LocalDate.of(2015, 7, 25));
        awaitInQueue(REVIEWER, seed.getCaseId());

        HttpResponse<String> refused = page("RV-0002", seed.getCaseId());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("assigned to another reviewer").doesNotContain("Occupational therapy");
        assertThat(get("/workbench/reviewers/" + REVIEWER + "/cases/" + seed.getCaseId() + "/documents/none.pdf")
                .statusCode()).isEqualTo(404);
        assertThat(post("RV-0002", seed.getCaseId(), "sign", form(DecisionOutcome.UPHELD, "MTUS", "No.")).statusCode())
                .isEqualTo(403);
        assertThat(page("RV-0002", UUID.randomUUID().toString()).statusCode()).as("a case with no draft").isEqualTo(404);
        assertThat(queue("RV-0002")).doesNotContain(seed.getCaseId());
        assertThat(issuedFor(seed.getCaseId())).isEmpty();
        assertThat(accessesOf(seed.getCaseId())).as("a 404 is no read").isEmpty();
    }

    @Test
    void aReassignmentMovesTheDraftToTheNewReviewer() throws Exception {
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        assign(seed, REVIEWER, LocalDate.of(2015, 7, 25));
        awaitInQueue(REVIEWER, seed.getCaseId());
        assertThat(post(REVIEWER, seed.getCaseId(), "decline", Map.of()).statusCode()).isEqualTo(302);
        assertThat(queue(REVIEWER)).doesNotContain(seed.getCaseId());

        assign(seed, "RV-0003", LocalDate.of(2015, 7, 25));

        awaitInQueue("RV-0003", seed.getCaseId());
        assertThat(page(REVIEWER, seed.getCaseId()).statusCode()).isEqualTo(403);
        assertThat(page("RV-0003", seed.getCaseId()).body()).contains("Occupational therapy, bilateral wrists, 2 x 4");
    }

    @Test
    void theQueueListsTheEarliestDueFirst() throws Exception {
        String reviewer = "RV-QUEUE-" + UUID.randomUUID();
        ImrCase later = SampleCases.seedCase(UUID.randomUUID().toString());
        ImrCase sooner = SampleCases.seedCase(UUID.randomUUID().toString());
        assign(later, reviewer, LocalDate.of(2015, 7, 25));
        assign(sooner, reviewer, LocalDate.of(2015, 7, 2));
        awaitInQueue(reviewer, later.getCaseId());
        awaitInQueue(reviewer, sooner.getCaseId());

        String queue = queue(reviewer);

        assertThat(queue.indexOf(sooner.getCaseId())).isLessThan(queue.indexOf(later.getCaseId()));
        assertThat(queue).contains("2015-07-02", "Awaiting your acceptance");
    }

    @Test
    void theCaseFilesDocumentsAreServedToItsReviewerOnly() throws Exception {
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        String documentId = UUID.randomUUID().toString().replace("-", "") + ".txt";
        producer.send(Topics.CASE_DOCUMENT_RECEIVED, seed.getCaseId(), new CaseDocumentReceived(
                envelope(seed.getCaseId()), seed.getCaseId(), DocumentKind.UR_DECISION,
                new DocumentReference(documentId, "/documents/" + documentId, "text/plain", 42L, "ab")));
        assign(seed, REVIEWER, LocalDate.of(2015, 7, 25));
        awaitInQueue(REVIEWER, seed.getCaseId());

        String documentPath = "/workbench/reviewers/" + REVIEWER + "/cases/" + seed.getCaseId() + "/documents/" + documentId;
        Awaitility.await().atMost(TIMEOUT).until(() -> page(REVIEWER, seed.getCaseId()).body().contains(documentPath));

        assertThat(get(documentPath).body()).isEqualTo("document " + documentId);
        assertThat(get(documentPath.replace(REVIEWER, "RV-0002")).statusCode()).isEqualTo(403);
        assertThat(get(documentPath.replace(documentId, "elsewhere.txt")).statusCode()).isEqualTo(404);
    }

    @Test
    void eachReadOfTheDraftOrADocumentLeavesOneAccessRecordNamingTheReviewerAndWhatWasRead() throws Exception {
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        seed.setCaseNumber("CM15-0" + (100_000 + (int) (Math.random() * 800_000)));
        String documentId = UUID.randomUUID().toString().replace("-", "") + ".pdf";
        producer.send(Topics.CASE_DOCUMENT_RECEIVED, seed.getCaseId(), new CaseDocumentReceived(
                envelope(seed.getCaseId()), seed.getCaseId(), DocumentKind.MEDICAL_RECORDS,
                new DocumentReference(documentId, "/documents/" + documentId, "application/pdf", 42L, "ab")));
        assign(seed, REVIEWER, LocalDate.of(2015, 7, 25));
        DeterminationDrafted draft = awaitInQueue(REVIEWER, seed.getCaseId());
        String casePage = "/workbench/reviewers/" + REVIEWER + "/cases/" + seed.getCaseId();
        Awaitility.await().atMost(TIMEOUT).until(() -> reviewCases.caseOf(REVIEWER, seed.getCaseId())
                .filter(c -> !c.documents().isEmpty()).isPresent());
        assertThat(get(casePage).statusCode()).isEqualTo(200);

        assertThat(accessesOf(seed.getCaseId())).singleElement().satisfies(access -> {
            assertThat(access.getPrincipal()).isEqualTo(TestTokens.reviewerSubject(REVIEWER));
            assertThat(access.getRole()).isEqualTo("reviewer");
            assertThat(access.getKind()).isEqualTo(PhiAccessKind.DRAFT);
            assertThat(access.getResourceId()).isEqualTo(draft.getEnvelope().getEventId().toString());
            assertThat(access.getCaseNumber()).isEqualTo(seed.getCaseNumber());
            assertThat(access.getPath()).isEqualTo(casePage);
        });

        assertThat(get(casePage + "/documents/" + documentId).statusCode()).isEqualTo(200);

        assertThat(accessesOf(seed.getCaseId())).hasSize(2).last().satisfies(access -> {
            assertThat(access.getKind()).isEqualTo(PhiAccessKind.DOCUMENT);
            assertThat(access.getResourceId()).isEqualTo(documentId);
            assertThat(access.getMediaType()).isEqualTo("application/pdf");
            assertThat(access.getPrincipal()).isEqualTo(TestTokens.reviewerSubject(REVIEWER));
        });
    }

    @Test
    void whenTheAssignmentServiceSaysTheReviewerNoLongerHoldsTheCaseNothingChanges() throws Exception {
        String reviewer = "RV-GONE-" + UUID.randomUUID();
        OTHER_SERVICES.notHolding.add(reviewer);
        ImrCase seed = SampleCases.seedCase(UUID.randomUUID().toString());
        assign(seed, reviewer, LocalDate.of(2015, 7, 25));
        awaitInQueue(reviewer, seed.getCaseId());

        HttpResponse<String> accepted = post(reviewer, seed.getCaseId(), "accept", Map.of());

        assertThat(accepted.statusCode()).isEqualTo(409);
        assertThat(accepted.body()).contains("you do not hold this case");
    }

    @Test
    void aRestartedInstanceRebuildsTheDraftsAcceptancesAndSignaturesFromTheTopics() throws Exception {
        ImrCase signed = SampleCases.seedCase(UUID.randomUUID().toString());
        ImrCase accepted = SampleCases.seedCase(UUID.randomUUID().toString());
        assign(signed, REVIEWER, LocalDate.of(2015, 7, 25));
        assign(accepted, REVIEWER, LocalDate.of(2015, 7, 26));
        DeterminationDrafted draft = awaitInQueue(REVIEWER, signed.getCaseId());
        awaitInQueue(REVIEWER, accepted.getCaseId());
        post(REVIEWER, signed.getCaseId(), "accept", Map.of());
        post(REVIEWER, accepted.getCaseId(), "accept", Map.of());
        var drafted = draft.getItems().getFirst().getDecision();
        post(REVIEWER, signed.getCaseId(), "sign", form(drafted.getOutcome(), drafted.getGuidelineCitation(),
                drafted.getRationale()));

        ReviewCases rebuilt = new ReviewCases(calendar);
        ReviewCasesReader reader = new ReviewCasesReader(consumers, rebuilt, polls);
        reader.start();
        try {
            assertThat(rebuilt.caseOf(REVIEWER, signed.getCaseId())).hasValueSatisfying(c -> assertThat(c.signedBy(REVIEWER)).isTrue());
            assertThat(rebuilt.caseOf(REVIEWER, accepted.getCaseId())).hasValueSatisfying(c -> {
                assertThat(c.acceptedBy(REVIEWER)).isTrue();
                assertThat(c.dueDate()).isEqualTo(LocalDate.of(2015, 7, 26));
            });
            assertThat(rebuilt.queueOf(REVIEWER)).extracting(ReviewCase::caseId)
                    .contains(accepted.getCaseId()).doesNotContain(signed.getCaseId());
        } finally {
            reader.stop();
        }
    }

    private ReviewerAssigned assign(ImrCase imrCase, String reviewerId, LocalDate due) {
        ReviewerAssigned assignment = new ReviewerAssigned(envelope(imrCase.getCaseId()), imrCase,
                new ReviewerCredentials(reviewerId, List.of("California"), "Physical Medicine & Rehabilitation"),
                List.of("licensed in California"), due);
        producer.send(Topics.REVIEWER_ASSIGNED, imrCase.getCaseId(), assignment);
        return assignment;
    }

    private static EventEnvelope envelope(String caseId) {
        return new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), Topics.ASSIGNMENT, 1);
    }

    /** The latest draft of the case, once the reviewer's queue lists it. */
    private DeterminationDrafted awaitInQueue(String reviewerId, String caseId) {
        Awaitility.await().atMost(TIMEOUT).until(() -> queue(reviewerId).contains(caseId));
        return probe.readToEnd(Topics.DETERMINATION_DRAFTED, TIMEOUT).stream()
                .filter(record -> caseId.equals(record.key())).map(ConsumerRecord::value)
                .reduce((first, second) -> second).orElseThrow();
    }

    /** The case's access records, oldest first (each read's record is committed before its answer). */
    private List<PhiAccessRecorded> accessesOf(String caseId) {
        return probe.readToEnd(Topics.DRAFT_READ, TIMEOUT).stream()
                .filter(record -> caseId.equals(record.key())).map(ConsumerRecord::value).toList();
    }

    private List<DeterminationIssued> issuedFor(String caseId) {
        return probe.readToEnd(Topics.DETERMINATION_ISSUED, TIMEOUT).stream()
                .filter(record -> caseId.equals(record.key())).map(ConsumerRecord::value).toList();
    }

    private double draftReviews(String action) {
        var counter = meters.find(ReviewerSignOff.DRAFT_REVIEWS).tag("action", action).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<String, String> form(DecisionOutcome outcome, String citation, String rationale) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("outcome-1", outcome.name());
        form.put("citation-1", citation);
        form.put("rationale-1", rationale);
        return form;
    }

    private String queue(String reviewerId) throws Exception {
        return get("/workbench/reviewers/" + reviewerId).body();
    }

    private HttpResponse<String> page(String reviewerId, String caseId) throws Exception {
        return get("/workbench/reviewers/" + reviewerId + "/cases/" + caseId);
    }

    /** As the reviewer the path names (its token). */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.reviewer(path.replaceFirst("^/workbench/reviewers/([^/?]+).*", "$1")))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String reviewerId, String caseId, String action, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workbench/reviewers/"
                        + reviewerId + "/cases/" + caseId + "/" + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", TestTokens.reviewer(reviewerId))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
