package org.imr.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.imr.assignment.cases.CaseAssignment;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.schemas.AuditedExclusion;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.ReviewerAssignmentAudited;
import org.imr.schemas.ReviewerLicence;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;
import org.springframework.beans.factory.annotation.Autowired;

import org.imr.schemas.CaseReceived;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.Party;
import org.imr.schemas.PartyRole;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ServiceType;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.infra.PipelineInfrastructure;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class CaseAssignmentServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TopicProbe probe = new TopicProbe(infrastructure);
    private final TestProducer producer = new TestProducer(infrastructure);

    @Autowired
    private CaseAssignment caseAssignment;

    @Autowired
    private ReviewerSelector selector;

    @LocalServerPort
    private int port;

    @Test
    void aReceivedCaseIsAssignedToAnEligibleReviewerWithTheLettersCredentials() {
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.seedCase(caseId));

        ReviewerAssigned assigned = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value();

        assertThat(assigned.getReviewer().getReviewerId()).isEqualTo("T-PMR-1");
        assertThat(assigned.getReviewer().getLicensureStates()).containsExactly("California", "Hawaii");
        assertThat(assigned.getReviewer().getSpecialty()).isEqualTo("Physical Medicine & Rehabilitation");
        assertThat(assigned.getImrCase().getCaseId()).isEqualTo(caseId);
        assertThat(assigned.getEnvelope().getProducer()).isEqualTo(ReviewerAssignmentServiceApplication.NAME);
    }

    @Test
    void aCaseNobodyMayTakeYieldsNoEligibleReviewerWithReasons() {
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.withService(caseId, ServiceType.PSYCHOLOGICAL, "Psychotherapy, 6 sessions"));

        NoEligibleReviewerFound none = probe.awaitRecord(Topics.NO_ELIGIBLE_REVIEWER, caseId, TIMEOUT).value();

        assertThat(none.getReviewersConsidered()).as("3, more once other tests added reviewers").isGreaterThanOrEqualTo(3);
        assertThat(none.getReasons()).contains(
                "fewer than 24 hours a week in active practice: 1 reviewer(s)",
                "no same or similar specialty for the disputed services: 2 reviewer(s)");
    }

    @Test
    void everyAssignmentIsAuditedWithWhyTheOthersCouldNotTakeItAndItsDueDates() {
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.seedCase(caseId));

        ReviewerAssignmentAudited audit = probe.awaitRecord(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId, TIMEOUT).value();

        assertThat(audit.getReviewerId()).isEqualTo("T-PMR-1");
        assertThat(audit.getQualifications()).contains("same specialty: Physical Medicine & Rehabilitation");
        assertThat(audit.getExclusions()).contains(
                new AuditedExclusion("T-FP-2", List.of("affiliated with the claims administrator")),
                new AuditedExclusion("T-PSY-3", List.of("fewer than 24 hours a week in active practice",
                        "no same or similar specialty for the disputed services")));
        assertThat(audit.getDeterminationDueDate()).isEqualTo(LocalDate.of(2015, 7, 25));
        assertThat(audit.getRecordsDueDate()).isEqualTo(LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")).plusDays(15));
    }

    @Test
    void aWaitingCaseIsAssignedOnceAReviewerWhoMayTakeItJoinsTheRoster() {
        String caseId = UUID.randomUUID().toString();
        ImrCase nevadaCase = SampleCases.withService(caseId, ServiceType.PSYCHOLOGICAL, "Psychotherapy, 6 sessions");
        nevadaCase.setJurisdictionState("Nevada");
        receive(nevadaCase);
        assertThat(probe.awaitRecord(Topics.NO_ELIGIBLE_REVIEWER, caseId, TIMEOUT).value().getReasons())
                .anyMatch(reason -> reason.startsWith("not licensed in Nevada: "));
        assertThat(caseAssignment.waitingCases()).contains(caseId);

        producer.send(Topics.REVIEWER_ROSTER, "T-NV-4", nevadaReviewer("T-NV-4"));

        ReviewerAssigned assigned = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value();
        assertThat(assigned.getReviewer().getReviewerId()).isEqualTo("T-NV-4");
        assertThat(assigned.getReviewer().getLicensureStates()).containsExactly("Nevada");
        assertThat(caseAssignment.waitingCases()).doesNotContain(caseId);
    }

    @Test
    void aDeclinedCaseGoesToAnotherEligibleReviewerNeverTheSameAndWaitsWhenNobodyIsLeft() {
        String caseId = UUID.randomUUID().toString();
        ImrCase imrCase = SampleCases.seedCase(caseId);
        imrCase.setParties(imrCase.getParties().stream().map(p -> p.getRole() == PartyRole.CLAIMS_ADMINISTRATOR
                ? Party.newBuilder(p).setName("Another Claims Administrator").build() : p).toList());
        receive(imrCase);
        String first = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value().getReviewer().getReviewerId();
        assertThat(first).isIn("T-PMR-1", "T-FP-2");

        assertThat(caseAssignment.declined(caseId, first)).isTrue();
        List<String> assignedTo = Awaitility.await().atMost(TIMEOUT).until(() -> assignedReviewers(caseId), l -> l.size() == 2);
        String second = assignedTo.get(1);
        assertThat(second).isIn("T-PMR-1", "T-FP-2").isNotEqualTo(first);

        assertThat(caseAssignment.declined(caseId, first)).as("no longer the case's reviewer").isFalse();
        assertThat(caseAssignment.declined(caseId, second)).isTrue();
        assertThat(probe.awaitRecord(Topics.NO_ELIGIBLE_REVIEWER, caseId, TIMEOUT).value().getReasons())
                .contains("declined or timed out on this case: 2 reviewer(s)");
        assertThat(caseAssignment.waitingCases()).contains(caseId);
        assertThat(caseAssignment.declinedBy(caseId)).containsExactlyInAnyOrder(first, second);
        List<ReviewerAssignmentAudited> audits = Awaitility.await().atMost(TIMEOUT).until(() -> probe
                .readToEnd(Topics.REVIEWER_ASSIGNMENT_AUDIT, TIMEOUT).stream().filter(r -> caseId.equals(r.key()))
                .map(r -> r.value()).toList(), l -> l.size() == 3);
        assertThat(audits).extracting(ReviewerAssignmentAudited::getReviewerId).containsExactly(first, second, null);
        assertThat(audits.get(1).getDeclinedBy()).containsExactly(first);
    }

    private List<String> assignedReviewers(String caseId) {
        return probe.readToEnd(Topics.REVIEWER_ASSIGNED, TIMEOUT).stream().filter(r -> caseId.equals(r.key()))
                .map(r -> r.value().getReviewer().getReviewerId()).toList();
    }

    @Test
    void anIssuedDeterminationReleasesTheReviewersOpenCase() {
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.seedCase(caseId));
        ReviewerAssigned assigned = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value();
        int open = selector.openCases("T-PMR-1");

        determined(assigned);

        Awaitility.await().atMost(TIMEOUT).until(() -> selector.openCases("T-PMR-1") == open - 1);
    }

    @Test
    void theCapacityADeterminationFreesGoesToTheWaitingCasesExpeditedFirst() {
        producer.send(Topics.REVIEWER_ROSTER, "T-OR-5", ReviewerRosterChanged.newBuilder(nevadaReviewer("T-OR-5"))
                .setLicensureStates(List.of("Oregon")).setLicences(List.of(new ReviewerLicence("Oregon", null)))
                .setCaseCapacity(1).build());
        ImrCase first = oregonCase();
        receive(first);
        ReviewerAssigned assigned = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, first.getCaseId(), TIMEOUT).value();
        assertThat(assigned.getReviewer().getReviewerId()).isEqualTo("T-OR-5");
        ImrCase standard = oregonCase();
        ImrCase expedited = oregonCase();
        expedited.setPriority(org.imr.schemas.Priority.EXPEDITED);
        receive(standard);
        receive(expedited);
        Awaitility.await().atMost(TIMEOUT).until(() -> caseAssignment.waitingCases(),
                waiting -> waiting.containsAll(List.of(standard.getCaseId(), expedited.getCaseId())));

        determined(assigned);

        assertThat(probe.awaitRecord(Topics.REVIEWER_ASSIGNED, expedited.getCaseId(), TIMEOUT).value().getReviewer()
                .getReviewerId()).isEqualTo("T-OR-5");
        assertThat(caseAssignment.waitingCases()).contains(standard.getCaseId()).doesNotContain(expedited.getCaseId());
    }

    private static ImrCase oregonCase() {
        ImrCase imrCase = SampleCases.withService(UUID.randomUUID().toString(), ServiceType.PSYCHOLOGICAL,
                "Psychotherapy, 6 sessions");
        imrCase.setJurisdictionState("Oregon");
        return imrCase;
    }

    private void determined(ReviewerAssigned assigned) {
        String caseId = assigned.getImrCase().getCaseId();
        producer.send(Topics.DETERMINATION_ISSUED, caseId, DeterminationIssued.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "determination-service", 1))
                .setImrCase(assigned.getImrCase()).setReviewer(assigned.getReviewer()).setAssignedAt(Instant.now())
                .setDecisions(List.of()).setGuidelineSetVersion("test").build());
    }

    @Test
    void theMetricsCountAssignmentsAndShowReviewerLoadAgainstCapacityBySpecialty() throws Exception {
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.seedCase(caseId));
        probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT);

        String metrics = Awaitility.await().atMost(TIMEOUT).until(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body(),
                body -> body.contains("imr_reviewers_capacity{specialty=\"Physical Medicine & Rehabilitation\"}"));

        assertThat(metrics).containsPattern("imr_events_published_total\\{[^}]*topic=\"imr.reviewer-assigned\"[^}]*} [1-9]")
                .contains("imr_cases_waiting");
        assertThat(metrics).doesNotContain(caseId);
    }

    @Test
    void garbageOnTheCaseTopicGoesToItsDeadLetterTopicAndTheNextCaseIsStillAssigned() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        producer.sendBytes(Topics.CASE_RECEIVED, garbageKey, "not avro".getBytes(StandardCharsets.UTF_8));
        String caseId = UUID.randomUUID().toString();
        receive(SampleCases.seedCase(caseId));

        var deadLetter = probe.awaitDeadLetter(Topics.CASE_RECEIVED, record -> garbageKey.equals(record.key()), TIMEOUT);

        assertThat(deadLetter.value()).isEqualTo("not avro".getBytes(StandardCharsets.UTF_8));
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
        assertThat(probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value()).isNotNull();
    }

    private static ReviewerRosterChanged nevadaReviewer(String id) {
        return ReviewerRosterChanged.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), id, Instant.now(), ReviewerAssignmentServiceApplication.NAME, 1))
                .setReviewerId(id).setName("Dr. Test Four").setSpecialties(List.of("Psychiatry"))
                .setLicensureStates(List.of("Nevada")).setWeeklyPracticeHours(40).setYearsInPractice(12)
                .setAffiliations(List.of()).setStatus(ReviewerStatus.ACTIVE)
                .setLicences(List.of(new ReviewerLicence("Nevada", LocalDate.now().plusYears(1)))).build();
    }

    /** Each case of its own worker: a reviewer never reviews the same treatment of the same worker twice. */
    private void receive(ImrCase imrCase) {
        imrCase.setParties(imrCase.getParties().stream()
                .map(p -> p.getRole() == PartyRole.EMPLOYEE ? Party.newBuilder(p).setName("Worker " + imrCase.getCaseId()).build() : p)
                .toList());
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), imrCase.getCaseId(), java.time.Instant.now(),
                "intake-service", 1);
        producer.send(Topics.CASE_RECEIVED, imrCase.getCaseId(), new CaseReceived(envelope, imrCase, null));
    }
}
