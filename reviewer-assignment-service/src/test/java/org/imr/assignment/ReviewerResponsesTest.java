package org.imr.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.imr.assignment.cases.CaseAssignment;
import org.imr.schemas.ReviewerAssignmentAudited;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.ReviewerResponse;
import org.imr.schemas.topics.Topics;
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

/**
 * Accepting and timing out (same configuration as CaseAssignmentServiceTest: one shared context). The time-out check
 * is called with an instant past the deadline instead of waiting a working day.
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReviewerAssignmentServiceApplication.NAME,
        "imr.roster.seed-file=classpath:test-roster.json"})
class ReviewerResponsesTest {

    private static final Duration TIMEOUT = CaseSender.TIMEOUT;
    private static final Duration PAST_ANY_DEADLINE = Duration.ofDays(4);

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());
    private final CaseSender cases = new CaseSender(new TestProducer(SharedInfrastructure.get()), probe);

    @LocalServerPort
    int port;

    @Autowired
    private CaseAssignment caseAssignment;

    @Test
    void aReviewerWhoDoesNotAcceptInTimeTimesOutAndTheCaseGoesToAnotherReviewerNeverTheSame() {
        String caseId = UUID.randomUUID().toString();
        cases.send(CaseSender.caseBothMayTake(caseId));
        String first = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value().getReviewer().getReviewerId();
        assertThat(caseAssignment.timeOutOverdue(Instant.now())).as("within the time-out").doesNotContain(caseId);

        assertThat(caseAssignment.timeOutOverdue(Instant.now().plus(PAST_ANY_DEADLINE))).contains(caseId);

        List<String> assignedTo = Awaitility.await().atMost(TIMEOUT).until(() -> cases.assignedReviewers(caseId), l -> l.size() == 2);
        assertThat(assignedTo.get(1)).isIn("T-PMR-1", "T-FP-2").isNotEqualTo(first);
        ReviewerResponded response = probe.awaitRecord(Topics.REVIEWER_RESPONSES, caseId, TIMEOUT).value();
        assertThat(response.getReviewerId()).isEqualTo(first);
        assertThat(response.getResponse()).isEqualTo(ReviewerResponse.TIMED_OUT);
        assertThat(caseAssignment.declinedBy(caseId)).containsExactly(first);
        ReviewerAssignmentAudited reassignment = Awaitility.await().atMost(TIMEOUT).until(() -> probe
                .readToEnd(Topics.REVIEWER_ASSIGNMENT_AUDIT, TIMEOUT).stream().filter(r -> caseId.equals(r.key()))
                .map(r -> r.value()).toList(), l -> l.size() == 2).get(1);
        assertThat(reassignment.getDeclinedBy()).containsExactly(first);
        assertThat(reassignment.getExclusions()).anyMatch(e -> e.getReviewerId().equals(first)
                && e.getReasons().contains("declined or timed out on this case"));
    }

    @Test
    void anAcceptedCaseNeverTimesOutAndOnlyItsReviewerMayAcceptIt() throws Exception {
        String caseId = UUID.randomUUID().toString();
        cases.send(CaseSender.caseBothMayTake(caseId));
        String reviewer = probe.awaitRecord(Topics.REVIEWER_ASSIGNED, caseId, TIMEOUT).value().getReviewer().getReviewerId();

        // only the reviewer the token names answers for itself: another reviewer, operations, no token are refused
        assertThat(respond(caseId, reviewer, "decline", TestTokens.reviewer("T-PSY-3"))).isEqualTo(403);
        assertThat(respond(caseId, reviewer, "decline", TestTokens.bearer(Roles.OPERATIONS))).isEqualTo(403);
        assertThat(respond(caseId, reviewer, "accept", TestTokens.bearer(Roles.REVIEWER))).isEqualTo(403);
        assertThat(respond(caseId, reviewer, "decline", null)).isEqualTo(401);
        assertThat(accept(caseId, "T-PSY-3")).isEqualTo(409);
        assertThat(accept(caseId, reviewer)).isEqualTo(202);

        ReviewerResponded response = probe.awaitRecord(Topics.REVIEWER_RESPONSES, caseId, TIMEOUT).value();
        assertThat(response.getResponse()).isEqualTo(ReviewerResponse.ACCEPTED);
        assertThat(response.getReviewerId()).isEqualTo(reviewer);
        assertThat(caseAssignment.timeOutOverdue(Instant.now().plus(PAST_ANY_DEADLINE))).doesNotContain(caseId);
        assertThat(cases.assignedReviewers(caseId)).containsExactly(reviewer);
    }

    private int accept(String caseId, String reviewerId) throws Exception {
        return respond(caseId, reviewerId, "accept", TestTokens.reviewer(reviewerId));
    }

    private int respond(String caseId, String reviewerId, String response, String authorization) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + caseId
                    + "/reviewers/" + reviewerId + "/" + response)).POST(HttpRequest.BodyPublishers.noBody());
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
