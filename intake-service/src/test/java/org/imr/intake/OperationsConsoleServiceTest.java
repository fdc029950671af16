package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imr.intake.tracking.TrackingEvents;
import org.imr.schemas.Priority;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operations console as the service renders it from its tracking database: a case filed over the API is listed at
 * "received"; a case no reviewer could take is listed, with why, among those waiting for a reviewer; a reviewer of the
 * roster counts in their specialty's capacity; a record on a dead-letter twin is counted under its topic.
 */
@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IntakeServiceApplication.NAME)
class OperationsConsoleServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private final TestProducer producer = new TestProducer(SharedInfrastructure.get());

    @Test
    void aCaseFiledIsListedAsReceivedAndItsPageShowsItsTimeline() throws Exception {
        String caseId = caseIdOf(ApplicationJson.post(port, "/cases", "application/json",
                application("APP-" + UUID.randomUUID())));

        String received = await().atMost(TIMEOUT).until(() -> page("/console?stage=RECEIVED"),
                html -> html.contains("data-case=\"" + caseId + "\""));

        assertThat(received).contains("Cases received");
        assertThat(count(received, "data-stage=\"RECEIVED\"")).isPositive();
        String casePage = page("/console/cases/" + caseId);
        assertThat(casePage).contains("<td id=\"case-stage\">received</td>", "<td class=\"step\">RECEIVED</td>",
                "<td class=\"step\">ELIGIBLE</td>");
        assertThat(ApplicationJson.get(port, "/console/cases/no-such-case").statusCode()).isEqualTo(404);
    }

    @Test
    void aCaseNoReviewerCouldTakeWaitsWithWhyAndTheRosterCountsInItsSpecialty() throws Exception {
        String caseId = "console-" + UUID.randomUUID();
        TrackingEvents events = new TrackingEvents(caseId, null, Priority.EXPEDITED);
        String specialty = "Specialty " + UUID.randomUUID();
        producer.send(Topics.CASE_RECEIVED, caseId, events.received(Instant.now(), Instant.now().plusSeconds(3600)));
        producer.send(Topics.NO_ELIGIBLE_REVIEWER, caseId, events.noEligibleReviewer(Instant.now()));
        producer.send(Topics.REVIEWER_ROSTER, "R-" + specialty, ReviewerRosterChanged.newBuilder()
                .setEnvelope(events.envelope(Instant.now())).setReviewerId("R-" + specialty).setName("Dr. Hidden")
                .setSpecialties(List.of(specialty)).setLicensureStates(List.of("California"))
                .setWeeklyPracticeHours(30).setYearsInPractice(10).setAffiliations(List.of())
                .setStatus(ReviewerStatus.ACTIVE).setCaseCapacity(17).build());

        String waiting = await().atMost(TIMEOUT).until(() -> page("/console?stage=WAITING_FOR_REVIEWER&priority=EXPEDITED"),
                html -> html.contains("data-case=\"" + caseId + "\"") && html.contains(specialty)
                        && html.contains("NO_ELIGIBLE_REVIEWER"));

        assertThat(waiting).contains("3 reviewers considered: specialty: 3", "NO_ELIGIBLE_REVIEWER")
                .doesNotContain("Dr. Hidden");
        assertThat(waiting).containsPattern("<td>" + Pattern.quote(specialty)
                + "</td><td class=\"number\">1</td><td class=\"number\">0</td><td class=\"number\">17</td>");
        // its assignment notice is due within the margin: the at-risk gauge counts it
        Matcher atRisk = Pattern.compile("(?m)^imr_cases_at_risk\\S* (\\S+)$")
                .matcher(ApplicationJson.get(port, "/actuator/prometheus").body());
        assertThat(atRisk.find()).as("the at-risk gauge is exported").isTrue();
        assertThat(Double.parseDouble(atRisk.group(1))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aDeadLetterIsCountedUnderItsTopic() throws Exception {
        String topic = Topics.CASE_EXPEDITED.deadLetterName();
        long before = deadLetters(page("/console"), topic);
        String caseId = "dead-" + UUID.randomUUID();

        producer.sendDeadLetter(Topics.CASE_EXPEDITED, caseId, new TrackingEvents(caseId, null, Priority.STANDARD)
                .expedited(Instant.now(), Instant.now(), Instant.now(), Instant.now()), "test");

        await().atMost(TIMEOUT).until(() -> deadLetters(page("/console"), topic), n -> n == before + 1);
    }

    private String page(String path) throws Exception {
        var response = ApplicationJson.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static long deadLetters(String html, String topic) {
        Matcher row = Pattern.compile("data-topic=\"" + Pattern.quote(topic) + "\"><td>[^<]*</td><td class=\"number\">(\\d+)")
                .matcher(html);
        assertThat(row.find()).as("a row for " + topic).isTrue();
        return Long.parseLong(row.group(1));
    }

    private static long count(String html, String rowMarker) {
        Matcher row = Pattern.compile(Pattern.quote(rowMarker) + "[^>]*><td><a[^>]*>[^<]*</a></td><td class=\"number count\">(\\d+)")
                .matcher(html);
        return row.find() ? Long.parseLong(row.group(1)) : -1;
    }
}
