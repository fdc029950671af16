package org.imr.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.awaitility.Awaitility;
import org.imr.assignment.cases.CaseAssignment;
import org.imr.assignment.domain.Roster;
import org.imr.infra.PipelineInfrastructure;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;
import org.imr.schemas.ReviewerAssignmentAudited;
import org.imr.schemas.ReviewerLicence;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;
import org.imr.schemas.ServiceType;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Conversions to expedited review and expedited cases first (same configuration as CaseAssignmentServiceTest). */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class ExpeditedCasesTest {

    private static final Duration TIMEOUT = CaseSender.TIMEOUT;
    private static final Instant CERTIFIED = Instant.parse("2026-12-10T09:30:00Z");

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());
    private final TestProducer producer = new TestProducer(SharedInfrastructure.get());
    private final CaseSender cases = new CaseSender(producer, probe);

    @Autowired
    private CaseAssignment caseAssignment;

    @Autowired
    private Roster roster;

    @Value("${imr.kafka.partitions}")
    private int partitions;

    @Test
    void aWaitingCaseConvertedToExpeditedMovesAheadOfStandardOnesWithItsDueDatesRecomputed() {
        String state = uniqueState();
        String standard = "a-" + UUID.randomUUID();
        String converted = "b-" + UUID.randomUUID();
        cases.send(psychotherapyIn(state, standard));
        cases.send(psychotherapyIn(state, converted));
        Awaitility.await().atMost(TIMEOUT).until(() -> caseAssignment.waitingCases().containsAll(List.of(standard, converted)));
        assertThat(positionOf(standard)).isLessThan(positionOf(converted));

        expedite(converted);

        ReviewerAssignmentAudited audit = awaitAudits(converted, 2).get(1);
        assertThat(audit.getNote()).startsWith("converted to expedited review");
        assertThat(audit.getReviewerId()).isNull();
        assertThat(audit.getDeterminationDueDate()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(audit.getRecordsDueDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(positionOf(converted)).isLessThan(positionOf(standard));
    }

    @Test
    void anAssignedCaseConvertedToExpeditedKeepsItsReviewerWithItsDueDatesRecomputed() {
        String caseId = UUID.randomUUID().toString();
        cases.send(CaseSender.caseBothMayTake(caseId));
        String reviewer = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value().getReviewer().getReviewerId();

        expedite(caseId);
        expedite(caseId);

        ReviewerAssignmentAudited audit = awaitAudits(caseId, 2).get(1);
        assertThat(audit.getReviewerId()).isEqualTo(reviewer);
        assertThat(audit.getDeterminationDueDate()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(audit.getRecordsDueDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(cases.assignedReviewers(caseId)).as("no reassignment").containsExactly(reviewer);
    }

    @Test
    void inOnePollAnExpeditedCaseIsAssignedBeforeAStandardOneReadBeforeIt() {
        String state = uniqueState();
        String reviewerId = "T-EX-" + state.substring(state.length() - 6);
        producer.send(Topics.REVIEWER_ROSTER, reviewerId, soleReviewer(reviewerId, state));
        Awaitility.await().atMost(TIMEOUT).until(() -> roster.get(reviewerId) != null);
        String standard = UUID.randomUUID().toString();
        String expedited = onTheSamePartitionAs(standard);
        ImrCase expeditedCase = psychotherapyIn(state, expedited);
        expeditedCase.setPriority(Priority.EXPEDITED);

        sendInOneBatch(psychotherapyIn(state, standard), expeditedCase);

        assertThat(probe.awaitRecord(Topics.REVIEWER_ASSIGNED, expedited, TIMEOUT).value().getReviewer().getReviewerId())
                .isEqualTo(reviewerId);
        assertThat(probe.awaitRecord(Topics.NO_ELIGIBLE_REVIEWER, standard, TIMEOUT).value().getReasons())
                .contains("at case capacity: 1 reviewer(s)");
    }

    /**
     * Sends the cases in one producer batch, so that they are appended to their partition together and a poll reads
     * them all or none.
     */
    private static void sendInOneBatch(ImrCase... imrCases) {
        PipelineInfrastructure infrastructure = SharedInfrastructure.get();
        AvroKafkaSerializer<CaseReceived> serializer = new AvroKafkaSerializer<>();
        serializer.configure(Map.of("apicurio.registry.url", infrastructure.registryUrl(), "apicurio.registry.auto-register", true,
                "apicurio.registry.dereference-schema", true), false);
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 60_000);
        try (KafkaProducer<String, CaseReceived> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            for (ImrCase imrCase : imrCases) {
                producer.send(new ProducerRecord<>(Topics.CASE_RECEIVED.name(), imrCase.getCaseId(), new CaseReceived(
                        new EventEnvelope(UUID.randomUUID(), imrCase.getCaseId(), Instant.now(), "intake-service", 1), imrCase, null)));
            }
            producer.flush();
        }
    }

    /** A case id whose records go to the same partition as the other's, so that the poll reads them in order. */
    private String onTheSamePartitionAs(String caseId) {
        String other;
        do {
            other = UUID.randomUUID().toString();
        } while (partitionOf(other, partitions) != partitionOf(caseId, partitions));
        return other;
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private int positionOf(String caseId) {
        return caseAssignment.waitingCases().indexOf(caseId);
    }

    private List<ReviewerAssignmentAudited> awaitAudits(String caseId, int count) {
        return Awaitility.await().atMost(TIMEOUT).until(() -> probe.readToEnd(Topics.REVIEWER_ASSIGNMENT_AUDIT, TIMEOUT)
                .stream().filter(r -> caseId.equals(r.key())).map(r -> r.value()).toList(), l -> l.size() >= count);
    }

    private void expedite(String caseId) {
        producer.send(Topics.CASE_EXPEDITED, caseId, new CaseExpedited(
                new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "intake-service", 1), "Dr. Certifying",
                CERTIFIED, CERTIFIED.plus(Duration.ofDays(1)), CERTIFIED.plus(Duration.ofDays(3))));
    }

    private static String uniqueState() {
        return "Oregon-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static ImrCase psychotherapyIn(String state, String caseId) {
        ImrCase imrCase = SampleCases.withService(caseId, ServiceType.PSYCHOLOGICAL, "Psychotherapy, 6 sessions");
        imrCase.setJurisdictionState(state);
        imrCase.setParties(imrCase.getParties().stream().map(p -> p.getRole() == org.imr.schemas.PartyRole.EMPLOYEE
                ? org.imr.schemas.Party.newBuilder(p).setName("Worker " + caseId).build() : p).toList());
        return imrCase;
    }

    private static ReviewerRosterChanged soleReviewer(String id, String state) {
        return ReviewerRosterChanged.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), id, Instant.now(), ReviewerAssignmentServiceApplication.NAME, 1))
                .setReviewerId(id).setName("Dr. Test Oregon").setSpecialties(List.of("Psychiatry"))
                .setLicensureStates(List.of(state)).setWeeklyPracticeHours(40).setYearsInPractice(12)
                .setAffiliations(List.of()).setStatus(ReviewerStatus.ACTIVE).setCaseCapacity(1)
                .setLicences(List.of(new ReviewerLicence(state, LocalDate.now(ZoneOffset.UTC).plusYears(1)))).build();
    }
}
