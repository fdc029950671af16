package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.ServiceType;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TopicProbe;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IntakeServiceApplication.NAME)
class CaseIntakeServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());

    @Test
    void acceptedApplicationIsPublishedAsACaseKeyedByItsId() throws Exception {
        HttpResponse<String> response = post(application("APP-" + UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(202);
        String caseId = caseIdOf(response);
        ConsumerRecord<String, CaseReceived> record = probe.awaitRecord(Topics.CASE_RECEIVED, caseId, TIMEOUT);
        CaseReceived event = record.value();
        assertThat(event.getEnvelope().getCaseId()).isEqualTo(caseId);
        assertThat(event.getEnvelope().getProducer()).isEqualTo(IntakeServiceApplication.NAME);
        assertThat(event.getImrCase().getDisputedItems()).singleElement().satisfies(item -> {
            assertThat(item.getItemNumber()).isEqualTo(1);
            assertThat(item.getServiceType()).isEqualTo(ServiceType.PHYSICAL_THERAPY);
            assertThat(item.getFrequencyPerWeek()).isEqualTo(2);
        });
        assertThat(event.getImrCase().getJurisdictionState()).isEqualTo("California");
        assertThat(event.getAssignmentNoticeDueAt()).isAfter(event.getEnvelope().getOccurredAt());
        assertThat(event.getImrCase().getCaseNumber()).matches("CM16-\\d{7}").isEqualTo(caseNumberOf(response));
    }

    @Test
    void everyCaseGetsItsOwnCaseNumberFromTheAllocationLogWhenSubmittedConcurrently() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 12)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return post(application("APP-" + UUID.randomUUID()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        List<String> numbers = responses.stream().map(CompletableFuture::join).map(CaseIntakeServiceTest::caseNumberOf)
                .toList();

        assertThat(numbers).allMatch(number -> number.matches("CM16-\\d{7}")).doesNotHaveDuplicates().hasSize(12);
        List<String> caseIds = responses.stream().map(CompletableFuture::join).map(CaseIntakeServiceTest::caseIdOf)
                .toList();
        // read until every allocation is seen: a transaction of another test's intake still open on the partition
        // holds the committed end (read_committed) below allocations already committed
        Map<String, Long> allocatedOffsets = Awaitility.await().atMost(TIMEOUT).until(
                () -> probe.readToEnd(Topics.CASE_NUMBER_ALLOCATIONS, TIMEOUT).stream()
                        .filter(record -> record.partition() == 0)
                        .collect(Collectors.toMap(record -> record.key(), record -> record.offset(), (a, b) -> a)),
                offsets -> offsets.keySet().containsAll(caseIds));
        for (HttpResponse<String> response : responses.stream().map(CompletableFuture::join).toList()) {
            long sequence = Long.parseLong(caseNumberOf(response).substring(5));
            assertThat(allocatedOffsets.get(caseIdOf(response))).isEqualTo(sequence - 1);
        }
    }

    @Test
    void aClientNeverChoosesTheCaseNumber() throws Exception {
        HttpResponse<String> response = post(application("APP-" + UUID.randomUUID())
                .replace("\"priority\"", "\"caseNumber\": \"CM16-0213037\", \"priority\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"caseNumber\"", "allocated by intake");
    }

    @Test
    void theSameApplicationSubmittedTwiceYieldsOneCase() throws Exception {
        String body = application("APP-" + UUID.randomUUID());

        HttpResponse<String> first = post(body);
        HttpResponse<String> second = post(body);

        assertThat(caseIdOf(second)).isEqualTo(caseIdOf(first));
        assertThat(second.body()).contains("\"duplicate\":true");
        long published = probe.readToEnd(Topics.CASE_RECEIVED, TIMEOUT).stream()
                .filter(record -> record.key().equals(caseIdOf(first))).count();
        assertThat(published).isEqualTo(1);
    }

    @Test
    void invalidApplicationIsRejectedWithEveryFieldError() throws Exception {
        String invalid = application("  ")
                .replace("\"age\": 44", "\"age\": 7")
                .replace("\"painRating\": 6", "\"painRating\": 11")
                .replace("\"dateOfInjury\": \"2016-10-13\"", "\"dateOfInjury\": \"2016-12-01\"")
                .replace("\"applicationReceivedDate\": \"2016-11-10\"", "\"applicationReceivedDate\": \"2016-11-01\"");

        HttpResponse<String> response = post(invalid);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"field\":\"applicationId\"")
                .contains("\"field\":\"worker.age\"")
                .contains("\"field\":\"painRating\"")
                .contains("\"field\":\"urDenialAfterInjury\"")
                .contains("\"field\":\"applicationAfterUrDenial\"");
    }

    @Test
    void malformedJsonIsAClearError() throws Exception {
        HttpResponse<String> response = post(application("APP-1").replace("PHYSICAL_THERAPY", "MASSAGE"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return ApplicationJson.post(port, "/cases", "application/json", body);
    }

    private static String caseNumberOf(HttpResponse<String> response) {
        return response.body().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
    }

    private static String caseIdOf(HttpResponse<String> response) {
        return ApplicationJson.caseIdOf(response);
    }

    private static String application(String applicationId) {
        return ApplicationJson.application(applicationId);
    }
}
