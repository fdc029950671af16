package org.imr.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.imr.assignment.domain.Roster;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Party;
import org.imr.schemas.PartyRole;
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
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Applications of one worker with the same requesting physician and date of injury go to one reviewer when it may
 * take them (same configuration as CaseAssignmentServiceTest).
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class ConsolidationTest {

    private static final Duration TIMEOUT = CaseSender.TIMEOUT;

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());
    private final TestProducer producer = new TestProducer(SharedInfrastructure.get());
    private final CaseSender cases = new CaseSender(producer, probe);

    @Autowired
    private Roster roster;

    @Test
    void aSecondApplicationOfTheSameApplicantGoesToTheFirstOnesReviewerAnotherPhysiciansDoesNot() {
        String state = "Idaho-" + UUID.randomUUID().toString().substring(0, 6);
        String first = "T-ID-" + state.substring(6) + "-a";
        String second = "T-ID-" + state.substring(6) + "-b";
        List.of(first, second).forEach(id -> producer.send(Topics.REVIEWER_ROSTER, id, psychiatrist(id, state)));
        Awaitility.await().atMost(TIMEOUT).until(() -> roster.get(first) != null && roster.get(second) != null);
        String worker = "Worker " + UUID.randomUUID();
        String original = UUID.randomUUID().toString();
        cases.send(application(original, state, worker, ServiceType.PSYCHOLOGICAL, null));
        assertThat(reviewerOf(original)).as("equal load: by id").isEqualTo(first);

        String sameApplicant = UUID.randomUUID().toString();
        cases.send(application(sameApplicant, state, worker, ServiceType.OFFICE_VISIT, null));

        assertThat(reviewerOf(sameApplicant)).as("busier, but holds the applicant's other case").isEqualTo(first);
        ReviewerAssignmentAudited audit = probe.awaitRecord(Topics.REVIEWER_ASSIGNMENT_AUDIT, sameApplicant, TIMEOUT).value();
        assertThat(audit.getNote()).isEqualTo("consolidated with case " + original);
        assertThat(audit.getQualifications()).contains("1 open case(s) of a capacity of 5, consolidated with case " + original);

        String otherPhysician = UUID.randomUUID().toString();
        cases.send(application(otherPhysician, state, worker, ServiceType.OFFICE_VISIT, "Dr. Another Physician"));

        assertThat(reviewerOf(otherPhysician)).as("the least loaded").isEqualTo(second);
        assertThat(probe.awaitRecord(Topics.REVIEWER_ASSIGNMENT_AUDIT, otherPhysician, TIMEOUT).value().getNote()).isNull();
    }

    private String reviewerOf(String caseId) {
        return probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value().getReviewer().getReviewerId();
    }

    private static ImrCase application(String caseId, String state, String worker, ServiceType service, String physician) {
        ImrCase imrCase = SampleCases.withService(caseId, service, "Psychiatric care");
        imrCase.setJurisdictionState(state);
        imrCase.setParties(imrCase.getParties().stream().map(p -> p.getRole() == PartyRole.EMPLOYEE
                ? Party.newBuilder(p).setName(worker).build()
                : p.getRole() == PartyRole.TREATING_PROVIDER && physician != null ? Party.newBuilder(p).setName(physician).build()
                : p).toList());
        return imrCase;
    }

    private static ReviewerRosterChanged psychiatrist(String id, String state) {
        return ReviewerRosterChanged.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), id, Instant.now(), ReviewerAssignmentServiceApplication.NAME, 1))
                .setReviewerId(id).setName("Dr. Test Idaho").setSpecialties(List.of("Psychiatry"))
                .setLicensureStates(List.of(state)).setWeeklyPracticeHours(40).setYearsInPractice(12)
                .setAffiliations(List.of()).setStatus(ReviewerStatus.ACTIVE).setCaseCapacity(5)
                .setLicences(List.of(new ReviewerLicence(state, LocalDate.now(ZoneOffset.UTC).plusYears(1)))).build();
    }
}
