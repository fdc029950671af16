package org.imr.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.imr.assignment.roster.RosterProfiles;
import org.imr.schemas.ReviewerLeave;
import org.imr.schemas.ReviewerLicence;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.imr.security.Roles;
import org.imr.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Same configuration as CaseAssignmentServiceTest, so both share one application context (one consumer). */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class RosterApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    private RosterProfiles profiles;

    private final HttpClient http = HttpClient.newHttpClient();
    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());

    @Test
    void anAddedReviewerIsAnEventOnTheRosterTopicAndSuspendingItIsAnother() throws Exception {
        String id = "API-" + UUID.randomUUID().toString().substring(0, 8);
        String expiry = LocalDate.now().plusYears(2).toString();

        HttpResponse<String> added = send("PUT", "/reviewers/" + id, """
                {"name": "Dr. Api Reviewer", "specialties": ["Psychiatry"],
                 "licences": [{"state": "Oregon", "expires": "%s"}], "weeklyPracticeHours": 30, "yearsInPractice": 12,
                 "affiliations": ["Cascade Claims"], "caseCapacity": 20,
                 "leave": [{"start": "2027-01-04", "end": "2027-01-08"}]}""".formatted(expiry));

        assertThat(added.statusCode()).isEqualTo(202);
        ReviewerRosterChanged event = probe.awaitRecord(Topics.REVIEWER_ROSTER, id, TIMEOUT).value();
        assertThat(event.getStatus()).isEqualTo(ReviewerStatus.ACTIVE);
        assertThat(event.getLicences()).containsExactly(new ReviewerLicence("Oregon", LocalDate.parse(expiry)));
        assertThat(event.getCaseCapacity()).isEqualTo(20);
        assertThat(event.getLeave()).containsExactly(new ReviewerLeave(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8)));
        Awaitility.await().atMost(TIMEOUT).until(() -> profiles.get(id).isPresent());

        assertThat(send("POST", "/reviewers/" + id + "/suspend", "").statusCode()).isEqualTo(202);

        Awaitility.await().atMost(TIMEOUT).until(() -> profiles.get(id).map(ReviewerRosterChanged::getStatus)
                .filter(ReviewerStatus.SUSPENDED::equals).isPresent());
        assertThat(profiles.get(id).orElseThrow().getSpecialties()).containsExactly("Psychiatry");
    }

    @Test
    void anInvalidProfileGetsEveryFieldErrorAsProblemDetailsAndNothingIsPublished() throws Exception {
        HttpResponse<String> response = send("PUT", "/reviewers/API-INVALID", """
                {"name": " ", "specialties": [], "licences": [{"state": ""}], "weeklyPracticeHours": -1,
                 "yearsInPractice": 12, "leave": [{"start": "2027-01-08", "end": "2027-01-04"}, {"start": "2027-02-01"}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"name\"", "\"specialties\"", "\"licences[0].state\"", "\"weeklyPracticeHours\"",
                "\"caseCapacity\"", "\"leave[0].endNotBeforeStart\"", "\"leave[1].end\"");
        assertThat(profiles.get("API-INVALID")).isEmpty();
    }

    @Test
    void suspendingAnUnknownReviewerIsNotFound() throws Exception {
        assertThat(send("POST", "/reviewers/NOBODY/suspend", "").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", TestTokens.bearer(Roles.OPERATIONS))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
