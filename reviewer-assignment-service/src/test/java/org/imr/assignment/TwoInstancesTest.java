package org.imr.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.imr.assignment.domain.Roster;
import org.imr.infra.PipelineInfrastructure;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Party;
import org.imr.schemas.PartyRole;
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
import org.imr.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two assignment instances on the same topics and consumer group (this test's context and a second one started
 * here): every case gets exactly one outcome and no reviewer goes over capacity, also after the second one leaves.
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class TwoInstancesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int CAPACITY = 3;

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TopicProbe probe = new TopicProbe(infrastructure);
    private final TestProducer producer = new TestProducer(infrastructure);

    @Autowired
    private Roster roster;

    @Test
    void noCaseIsAssignedTwiceAndNoReviewerGoesOverCapacity() {
        String state = "Utah-" + UUID.randomUUID().toString().substring(0, 6);
        String reviewerId = "T-UT-" + state.substring(5);
        try (ConfigurableApplicationContext second = secondInstance()) {
            Roster secondRoster = second.getBean(Roster.class);
            producer.send(Topics.REVIEWER_ROSTER, reviewerId, reviewer(reviewerId, state));
            Awaitility.await().atMost(TIMEOUT).until(() -> roster.get(reviewerId) != null && secondRoster.get(reviewerId) != null);

            List<String> firstWave = sendCases(state, 8);
            Map<String, Long> outcomes = awaitOutcomes(firstWave);

            assertThat(outcomes).allSatisfy((caseId, count) -> assertThat(count).as(caseId).isEqualTo(1));
            assertThat(assignedTo(reviewerId, firstWave)).hasSize(CAPACITY);
        }
        List<String> afterTheSecondLeft = sendCases(state, 2);
        assertThat(awaitOutcomes(afterTheSecondLeft)).allSatisfy((caseId, count) -> assertThat(count).isEqualTo(1));
        assertThat(assignedTo(reviewerId, afterTheSecondLeft)).as("still at capacity: nothing more").isEmpty();
    }

    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(ReviewerAssignmentServiceApplication.class).run(
                "--spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
                "--imr.roster.seed-file=classpath:test-roster.json",
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "--imr.registry.url=" + infrastructure.registryUrl(), TestTokens.issuerArgument(), TestTokens.jwkSetArgument(),
                "--imr.kafka.instance-id=second-" + UUID.randomUUID(),
                "--imr.kafka.static-membership=false");
    }

    private List<String> sendCases(String state, int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            String caseId = UUID.randomUUID().toString();
            ImrCase imrCase = SampleCases.withService(caseId, ServiceType.PSYCHOLOGICAL, "Psychotherapy, 6 sessions");
            imrCase.setJurisdictionState(state);
            imrCase.setParties(imrCase.getParties().stream().map(p -> p.getRole() == PartyRole.EMPLOYEE
                    ? Party.newBuilder(p).setName("Worker " + caseId).build() : p).toList());
            producer.send(Topics.CASE_RECEIVED, caseId, new CaseReceived(
                    new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "intake-service", 1), imrCase, null));
            return caseId;
        }).toList();
    }

    /** Outcomes (assigned or no eligible reviewer) per case, once every case has at least one. */
    private Map<String, Long> awaitOutcomes(List<String> caseIds) {
        Function<List<String>, Map<String, Long>> outcomes = ids -> {
            Set<String> wanted = Set.copyOf(ids);
            return java.util.stream.Stream.concat(
                    probe.readToEnd(Topics.REVIEWER_ASSIGNED, TIMEOUT).stream().map(ConsumerRecord::key),
                    probe.readToEnd(Topics.NO_ELIGIBLE_REVIEWER, TIMEOUT).stream().map(ConsumerRecord::key))
                    .filter(wanted::contains).collect(Collectors.groupingBy(key -> key, Collectors.counting()));
        };
        return Awaitility.await().atMost(TIMEOUT).until(() -> outcomes.apply(caseIds), map -> map.size() == caseIds.size());
    }

    private List<String> assignedTo(String reviewerId, List<String> caseIds) {
        return probe.readToEnd(Topics.REVIEWER_ASSIGNED, TIMEOUT).stream()
                .filter(r -> caseIds.contains(r.key()) && reviewerId.equals(r.value().getReviewer().getReviewerId()))
                .map(ConsumerRecord::key).toList();
    }

    private static ReviewerRosterChanged reviewer(String id, String state) {
        return ReviewerRosterChanged.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), id, Instant.now(), ReviewerAssignmentServiceApplication.NAME, 1))
                .setReviewerId(id).setName("Dr. Test Utah").setSpecialties(List.of("Psychiatry"))
                .setLicensureStates(List.of(state)).setWeeklyPracticeHours(40).setYearsInPractice(12)
                .setAffiliations(List.of()).setStatus(ReviewerStatus.ACTIVE).setCaseCapacity(CAPACITY)
                .setLicences(List.of(new ReviewerLicence(state, LocalDate.now().plusYears(1)))).build();
    }
}
