package org.imr.notification.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.imr.notification.NotificationServiceApplication;
import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeliveryChannel;
import org.imr.schemas.LetterDeliveryRequested;
import org.imr.schemas.PhiAccessKind;
import org.imr.schemas.PhiAccessRecorded;
import org.imr.schemas.PartyRole;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DraftReview;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.IneligibilityReason;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.infra.PipelineInfrastructure;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.imr.security.Roles;
import org.imr.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + NotificationServiceApplication.NAME,
                "imr.letters.directory=${java.io.tmpdir}/imr-letters-test-${random.uuid}"})
class LetterIssueServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CITATION = "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99";

    @LocalServerPort
    int port;

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TopicProbe probe = new TopicProbe(infrastructure);
    private final TestProducer producer = new TestProducer(infrastructure);

    @Test
    void aDeterminationBecomesAnArchivedLetterPublishedForDownstreamSystems() throws Exception {
        String caseId = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));

        FinalDeterminationLetterIssued issued = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();

        assertThat(issued.getLetterText().replaceAll("\\s+", " "))
                .contains("Occupational therapy, bilateral wrists, 2 x 4: Overturned")
                .contains("MAXIMUS guideline: Decision based on " + CITATION + ".")
                .contains("State(s) of Licensure: California, Hawaii")
                .contains("Certification(s)/Specialty: Physical Medicine & Rehabilitation")
                .doesNotContain("Dr. Alana");
        assertThat(issued.getDecisions()).singleElement()
                .satisfies(decision -> assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.OVERTURNED));
        HttpResponse<String> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/letters/" + caseId))
                        .header("Authorization", TestTokens.bearer(Roles.AUDITOR)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(issued.getLetterText());
    }

    @Test
    void everyPartyGetsADeliveryPerChannelWithTheLetterByReference() throws Exception {
        String caseId = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));
        FinalDeterminationLetterIssued issued = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();

        List<LetterDeliveryRequested> deliveries = Awaitility.await().atMost(TIMEOUT)
                .until(() -> deliveriesOf(caseId), found -> found.size() >= 4);

        assertThat(deliveries).extracting(LetterDeliveryRequested::getRecipientRole).containsExactlyInAnyOrder(
                PartyRole.EMPLOYEE, PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR, PartyRole.TREATING_PROVIDER);
        assertThat(deliveries).allSatisfy(delivery -> {
            assertThat(delivery.getLetterPdfUri()).isEqualTo(issued.getLetterPdfUri()).endsWith("/versions/1.pdf");
            assertThat(delivery.getChannel()).isEqualTo(DeliveryChannel.MAIL);
        });
        LetterDeliveryRequested claims = deliveries.stream()
                .filter(delivery -> delivery.getRecipientRole() == PartyRole.CLAIMS_ADMINISTRATOR).findFirst().orElseThrow();
        assertThat(claims.getAuthorisationDueBy()).isNotNull();
        assertThat(claims.getNotice()).contains("within 5 working days");
        assertThat(getStatus(issued.getLetterPdfUri())).isEqualTo(200);
    }

    @Test
    void anIneligibleApplicationGetsAWrittenNoticeWithItsReasons(@Autowired LetterProperties properties) {
        String caseId = UUID.randomUUID().toString();
        EventEnvelope envelope = EventEnvelope.newBuilder().setEventId(UUID.randomUUID()).setCaseId(caseId)
                .setOccurredAt(Instant.now()).setProducer("intake-service").build();
        producer.send(Topics.CASE_INELIGIBLE, caseId, new CaseScreenedIneligible(envelope,
                SampleCases.seedCase(caseId), List.of(IneligibilityReason.UR_DECISION_NOT_ATTACHED),
                false, null));

        Path notice = properties.directory().resolve("notices").resolve(caseId + "-ineligibility.txt");
        Awaitility.await().atMost(TIMEOUT).until(() -> Files.exists(notice));
        assertThat(notice).content().contains("NOTICE OF INELIGIBILITY", "was not attached", "Sample Worker (employee)");
    }

    @Test
    void aRedeliveredDeterminationIssuesNoSecondLetter() {
        String caseId = UUID.randomUUID().toString();
        DeterminationIssued determination = determination(caseId);
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination);
        probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT);
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination);
        String laterCase = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, laterCase, determination(laterCase));
        probe.awaitRecord(Topics.LETTER_ISSUED, laterCase, TIMEOUT);

        long letters = probe.readToEnd(Topics.LETTER_ISSUED, TIMEOUT).stream()
                .filter(record -> record.key().equals(caseId)).count();

        assertThat(letters).isEqualTo(1);
    }

    @Test
    void aLetterWhosePollRolledBackIsIssuedWhenThePollIsReadAgain() {
        String caseId = UUID.randomUUID().toString();
        DeterminationIssued good = determination(caseId);
        DeterminationIssued unprocessable = determination(caseId);
        unprocessable.getEnvelope().setEventId(UUID.randomUUID());
        unprocessable.getDecisions().getFirst().setItemNumber(99); // no such item in the case: it fails every time

        // one poll: the first determination's letter is sent, the second fails, the poll's transaction rolls back; read
        // again (and again, until the second goes to the dead-letter topic) the first must still be issued
        producer.sendInOneTransaction(Topics.DETERMINATION_ISSUED, caseId, good, unprocessable);

        FinalDeterminationLetterIssued letter = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
        assertThat(letter.getDecisions()).extracting(decision -> decision.getItemNumber()).containsExactly(1);
        assertThat(probe.awaitDeadLetter(Topics.DETERMINATION_ISSUED, record -> caseId.equals(record.key()), TIMEOUT))
                .as("the unprocessable determination, dead-lettered").isNotNull();
    }

    @Test
    void servesTheLetterAsPdfByAcceptHeaderOrSuffixAndAsTextBySuffix() throws Exception {
        String caseId = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));
        FinalDeterminationLetterIssued issued = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
        String letters = "http://127.0.0.1:" + port + "/letters/" + issued.getCaseNumber();

        HttpResponse<byte[]> byAccept = getBytes(letters, "application/pdf");
        HttpResponse<byte[]> bySuffix = getBytes(letters + ".pdf", null);
        HttpResponse<byte[]> text = getBytes(letters + ".txt", "application/pdf");
        HttpResponse<byte[]> preferred = getBytes(letters, "text/plain;q=0.5, application/pdf");
        HttpResponse<byte[]> unservable = getBytes(letters, "image/png");

        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(byAccept.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(byAccept.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bySuffix.body()).isEqualTo(byAccept.body());
        assertThat(preferred.body()).isEqualTo(byAccept.body());
        assertThat(new String(text.body(), StandardCharsets.UTF_8)).isEqualTo(issued.getLetterText());
        assertThat(unservable.statusCode()).isEqualTo(406);
    }

    @Test
    void aCorrectedDeterminationIsIssuedAsTheNextVersionAndTheEarlierOneIsKept() throws Exception {
        String caseId = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));
        FinalDeterminationLetterIssued first = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
        DeterminationIssued correction = determination(caseId);
        correction.getDecisions().getFirst().setRationale("Corrected: the current request is medically necessary.");
        producer.send(Topics.DETERMINATION_ISSUED, caseId, correction);
        FinalDeterminationLetterIssued second = Awaitility.await().atMost(TIMEOUT)
                .until(() -> lettersOf(caseId), letters -> letters.size() == 2).get(1);
        String letters = "http://127.0.0.1:" + port + "/letters/" + first.getCaseNumber();

        assertThat(second.getLetterText()).contains("Corrected: the current request").isNotEqualTo(first.getLetterText());
        assertThat(new String(getBytes(letters, null).body(), StandardCharsets.UTF_8)).isEqualTo(second.getLetterText());
        assertThat(new String(getBytes(letters + "/versions/1", null).body(), StandardCharsets.UTF_8))
                .isEqualTo(first.getLetterText());
        assertThat(new String(getBytes(letters + "/versions/2.txt", null).body(), StandardCharsets.UTF_8))
                .isEqualTo(second.getLetterText());
        assertThat(new String(getBytes(letters + "/versions", null).body(), StandardCharsets.UTF_8))
                .contains("\"version\":1").contains("\"version\":2");
        assertThat(getBytes(letters + "/versions/3", null).statusCode()).isEqualTo(404);
    }

    @Test
    void eachLetterReadOverHttpLeavesOneAccessRecordNamingTheCallerAndWhatWasRead() throws Exception {
        String caseId = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));
        FinalDeterminationLetterIssued issued = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
        String letter = "/letters/" + issued.getCaseNumber();

        HttpResponse<byte[]> text = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + letter))
                .header("Authorization", TestTokens.bearer(Roles.AUDITOR)).build());

        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(accessesOf(caseId)).singleElement().satisfies(access -> {
            assertThat(access.getPrincipal()).as("the token's subject").isEqualTo("test-" + Roles.AUDITOR);
            assertThat(access.getRole()).isEqualTo("auditor");
            assertThat(access.getKind()).isEqualTo(PhiAccessKind.LETTER);
            assertThat(access.getCaseNumber()).isEqualTo(issued.getCaseNumber());
            assertThat(access.getVersion()).isEqualTo(1);
            assertThat(access.getMediaType()).isEqualTo("text/plain");
            assertThat(access.getPath()).isEqualTo(letter);
            assertThat(access.getEnvelope().getProducer()).isEqualTo(Topics.NOTIFICATION);
        });

        assertThat(getStatus(issued.getLetterPdfUri())).isEqualTo(200);

        assertThat(accessesOf(caseId)).hasSize(2).last().satisfies(access -> {
            assertThat(access.getPrincipal()).isEqualTo("test-" + Roles.OPERATIONS);
            assertThat(access.getRole()).isEqualTo(Roles.OPERATIONS);
            assertThat(access.getMediaType()).isEqualTo("application/pdf");
            assertThat(access.getPath()).isEqualTo(letter + "/versions/1.pdf");
        });
    }

    @Test
    void aLetterNotFoundLeavesNoAccessRecord() throws Exception {
        String caseId = UUID.randomUUID().toString();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));
        FinalDeterminationLetterIssued issued = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
        String letters = "http://127.0.0.1:" + port + "/letters/";

        assertThat(getStatus(letters + issued.getCaseNumber() + "/versions/2")).isEqualTo(404);
        assertThat(getStatus(letters + "CM16-9999998")).isEqualTo(404);

        assertThat(accessesOf(caseId)).isEmpty();
        assertThat(probe.readToEnd(Topics.LETTER_READ, TIMEOUT)).extracting(record -> record.value().getPath())
                .doesNotContain("/letters/CM16-9999998");
    }

    @Test
    void anUnknownCaseHasNoLetter() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/letters/no-such-case"))
                        .header("Authorization", TestTokens.bearer(Roles.OPERATIONS)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private List<LetterDeliveryRequested> deliveriesOf(String caseId) {
        return probe.readToEnd(Topics.LETTER_DELIVERY_REQUESTED, TIMEOUT).stream()
                .filter(record -> record.key().equals(caseId)).map(record -> record.value()).toList();
    }

    private static int getStatus(String uri) throws Exception {
        return getBytes(uri, null).statusCode();
    }

    /** The case's access records, oldest first (each read's record is committed before its answer). */
    private List<PhiAccessRecorded> accessesOf(String caseId) {
        return probe.readToEnd(Topics.LETTER_READ, TIMEOUT).stream()
                .filter(record -> record.key().equals(caseId)).map(record -> record.value()).toList();
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<FinalDeterminationLetterIssued> lettersOf(String caseId) {
        return probe.readToEnd(Topics.LETTER_ISSUED, TIMEOUT).stream()
                .filter(record -> record.key().equals(caseId)).map(record -> record.value()).toList();
    }

    private static HttpResponse<byte[]> getBytes(String uri, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", TestTokens.bearer(Roles.OPERATIONS));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static DeterminationIssued determination(String caseId) {
        return DeterminationIssued.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "determination-service", 1))
                .setImrCase(SampleCases.seedCase(caseId))
                .setReviewer(new ReviewerCredentials("RV-0001", List.of("California", "Hawaii"),
                        "Physical Medicine & Rehabilitation"))
                .setAssignedAt(Instant.now())
                .setDecisions(new java.util.ArrayList<>(List.of(new ItemDecision(1, "Occupational therapy, bilateral wrists, 2 x 4",
                        DecisionOutcome.OVERTURNED, CITATION, "The current request is medically necessary.",
                        "mtus-cp-physical-medicine", "1", DraftReview.KEPT))))
                .setGuidelineSetVersion("test")
                .build();
    }
}
