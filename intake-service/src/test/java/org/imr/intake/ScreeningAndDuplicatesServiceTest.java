package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;
import static org.imr.intake.ApplicationJson.newWorker;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.IneligibilityReason;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TopicProbe;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IntakeServiceApplication.NAME)
class ScreeningAndDuplicatesServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());

    @Test
    void anIneligibleApplicationBecomesAnEventWithEveryReasonAndNoCase() throws Exception {
        String unsignedLateWithoutUrDecision = application("APP-" + UUID.randomUUID())
                .replace("\"signed\": true", "\"signed\": false")
                .replace("\"urDecisionAttached\": true", "\"urDecisionConditionallyNonCertified\": true")
                .replace("\"applicationReceivedDate\": \"2016-11-10\"", "\"applicationReceivedDate\": \"2016-12-20\"");

        HttpResponse<String> response = post(unsignedLateWithoutUrDecision);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"status\":\"INELIGIBLE\"");
        CaseScreenedIneligible event = probe.awaitRecord(Topics.CASE_INELIGIBLE, caseIdOf(response), TIMEOUT).value();
        assertThat(event.getReasons()).containsExactly(IneligibilityReason.SIGNATURE_MISSING,
                IneligibilityReason.NOT_FILED_WITHIN_WINDOW, IneligibilityReason.UR_DECISION_NOT_ATTACHED,
                IneligibilityReason.UR_DECISION_CONDITIONALLY_NON_CERTIFIED);
        assertThat(event.getFilingDeadline()).hasToString("2016-12-08");
        assertThat(probe.readToEnd(Topics.CASE_RECEIVED, TIMEOUT))
                .noneMatch(record -> record.key().equals(caseIdOf(response)));
    }

    @Test
    void disputedLiabilityDefersTheApplication() throws Exception {
        HttpResponse<String> response = post(application("APP-" + UUID.randomUUID())
                .replace("\"signed\": true", "\"signed\": true, \"liabilityDisputed\": true"));

        CaseScreenedIneligible event = probe.awaitRecord(Topics.CASE_INELIGIBLE, caseIdOf(response), TIMEOUT).value();
        assertThat(event.getReasons()).containsExactly(IneligibilityReason.LIABILITY_DISPUTED);
        assertThat(event.getDeferred()).isTrue();
        assertThat(response.body()).contains("\"status\":\"DEFERRED\"");
    }

    @Test
    void aSecondImrOfTheSameTreatmentForTheSameWorkerAndInjuryIsIneligible() throws Exception {
        String worker = newWorker();
        assertASecondImrIsIneligible(worker, worker);
    }

    /** The same treatment for the same worker and injury, after a later UR denial: a prior IMR, ineligible. */
    private void assertASecondImrIsIneligible(String firstName, String secondName) throws Exception {
        HttpResponse<String> first = post(application("APP-" + UUID.randomUUID(), firstName));
        HttpResponse<String> afterALaterDenial = post(application("APP-" + UUID.randomUUID(), secondName)
                .replace("\"urDenialDate\": \"2016-11-03\"", "\"urDenialDate\": \"2016-11-07\"")
                .replace("2 x 3", "2 x 6"));

        assertThat(first.body()).contains("\"status\":\"ELIGIBLE\"");
        assertThat(caseIdOf(afterALaterDenial)).isNotEqualTo(caseIdOf(first));
        CaseScreenedIneligible event = probe.awaitRecord(Topics.CASE_INELIGIBLE, caseIdOf(afterALaterDenial), TIMEOUT)
                .value();
        assertThat(event.getReasons()).containsExactly(IneligibilityReason.PRIOR_IMR_OF_SAME_TREATMENT);
    }

    @Test
    void aZeroWidthOrRightToLeftMarkInTheWorkersNameIsStillTheSameApplication() throws Exception {
        String worker = newWorker();
        HttpResponse<String> first = post(application("WORKER-" + UUID.randomUUID(), worker));
        HttpResponse<String> disguised = post(application("AGAIN-" + UUID.randomUUID(), disguised(worker)));

        assertThat(first.body()).contains("\"duplicate\":false");
        assertThat(caseIdOf(disguised)).isEqualTo(caseIdOf(first));
        assertThat(disguised.body()).contains("\"duplicate\":true", "\"status\":\"DUPLICATE\"");
        assertThat(probe.readToEnd(Topics.CASE_RECEIVED, TIMEOUT))
                .filteredOn(record -> record.key().equals(caseIdOf(first))).hasSize(1);
    }

    @Test
    void aZeroWidthOrRightToLeftMarkInTheWorkersNameDoesNotHideAPriorImrOfTheSameTreatment() throws Exception {
        String worker = newWorker();
        assertASecondImrIsIneligible(worker, disguised(worker));
    }

    /** The worker's name as JSON text with a right-to-left mark, a zero-width space and a BOM in it (all invisible). */
    private static String disguised(String worker) {
        return "\\u200F" + worker.replace("Worker", "Wor\\u200Bker") + "\\uFEFF";
    }

    @Test
    void theWorkersAndTheAttorneysFilingsOfOneApplicationAreOneCaseCountedTwiceGrossOnceUnique() throws Exception {
        long[] before = counts();
        String worker = newWorker();
        String byTheWorker = application("WORKER-" + UUID.randomUUID(), worker);
        String byTheAttorney = application("ATTORNEY-" + UUID.randomUUID(), worker)
                .replace("\"employer\":", "\"employeeAttorney\": {\"name\": \"Test Attorney\"}, \"employer\":");

        HttpResponse<String> first = post(byTheWorker);
        HttpResponse<String> second = post(byTheAttorney);

        assertThat(caseIdOf(second)).isEqualTo(caseIdOf(first));
        assertThat(first.body()).contains("\"duplicate\":false");
        assertThat(second.body()).contains("\"duplicate\":true", "\"status\":\"DUPLICATE\"");
        assertThat(probe.readToEnd(Topics.CASE_RECEIVED, TIMEOUT))
                .filteredOn(record -> record.key().equals(caseIdOf(first))).hasSize(1);
        assertThat(probe.readToEnd(Topics.APPLICATION_FILED, TIMEOUT))
                .filteredOn(record -> record.key().equals(caseIdOf(first))).hasSize(2);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            long[] after = counts();
            assertThat(after[0] - before[0]).isGreaterThanOrEqualTo(2);
            assertThat(after[1] - before[1]).isGreaterThanOrEqualTo(1);
            assertThat((after[0] - before[0]) - (after[1] - before[1])).isGreaterThanOrEqualTo(1);
        });
        assertThat(ApplicationJson.get(port, "/actuator/prometheus").body())
                .contains("imr_intake_applications_gross", "imr_intake_applications_unique");
    }

    private long[] counts() throws Exception {
        String body = ApplicationJson.get(port, "/applications/counts").body();
        return new long[] {Long.parseLong(body.replaceAll(".*\"gross\":(\\d+).*", "$1")),
                Long.parseLong(body.replaceAll(".*\"unique\":(\\d+).*", "$1"))};
    }

    private HttpResponse<String> post(String body) throws Exception {
        return ApplicationJson.post(port, "/cases", "application/json", body);
    }
}
