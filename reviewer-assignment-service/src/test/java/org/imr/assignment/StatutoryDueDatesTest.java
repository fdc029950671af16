package org.imr.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.imr.schemas.ImrCase;
import org.imr.schemas.ReviewerAssignmentAudited;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The case's formulary and electronic-notice flags set its due dates (same configuration as CaseAssignmentServiceTest). */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class StatutoryDueDatesTest {

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());
    private final CaseSender cases = new CaseSender(new TestProducer(SharedInfrastructure.get()), probe);

    @Test
    void aFormularyDisputeNotifiedElectronicallyIsDueInFiveWorkingDaysWithRecordsInTwelveDays() {
        String caseId = UUID.randomUUID().toString();
        ImrCase imrCase = CaseSender.caseBothMayTake(caseId);
        imrCase.setApplicationReceivedDate(LocalDate.of(2015, 6, 25));
        imrCase.setFormularyDrugDispute(true);
        imrCase.setRecordsNotifiedElectronically(true);

        cases.send(imrCase);

        ReviewerAssignmentAudited audit = probe.awaitRecord(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId, CaseSender.TIMEOUT).value();
        assertThat(audit.getDeterminationDueDate()).as("Thursday + 5 working days").isEqualTo(LocalDate.of(2015, 7, 2));
        assertThat(audit.getRecordsDueDate()).as("twelve days after today in California")
                .isEqualTo(LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(12));
    }
}
