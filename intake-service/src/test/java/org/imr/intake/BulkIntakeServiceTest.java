package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;
import static org.imr.intake.ApplicationJson.oneLine;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + IntakeServiceApplication.NAME, "imr.intake.bulk.chunk-size=2"})
class BulkIntakeServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private final TopicProbe probe = new TopicProbe(SharedInfrastructure.get());

    @Test
    void aBulkFileIsAnsweredLineByLineAndABadLineRejectsThatLineOnly() throws Exception {
        String good = oneLine(application("BULK-" + UUID.randomUUID()));
        String file = String.join("\n",
                good,
                "{\"applicationId\": \"BULK-broken\", \"priority\": ",
                oneLine(application("BULK-" + UUID.randomUUID()).replace("\"age\": 44", "\"age\": 7")
                        .replace("\"painRating\": 6", "\"painRating\": 11")),
                "",
                good,
                oneLine(application("BULK-" + UUID.randomUUID()))) + "\n";

        HttpResponse<String> response = ApplicationJson.post(port, "/cases/bulk", "application/x-ndjson", file);

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> answers = response.body().lines().filter(line -> line.startsWith("{\"line\"")).toList();
        assertThat(answers).hasSize(5);
        assertThat(answers.get(0)).contains("\"line\":1", "\"result\":\"ACCEPTED\"", "\"status\":\"ELIGIBLE\"");
        assertThat(answers.get(1)).contains("\"line\":2", "\"result\":\"REJECTED\"", "the JSON ends before it is complete");
        assertThat(answers.get(2)).contains("\"line\":3", "\"REJECTED\"", "\"field\":\"painRating\"",
                "\"field\":\"worker.age\"");
        assertThat(answers.get(3)).contains("\"line\":5", "\"ACCEPTED\"", "\"duplicate\":true");
        assertThat(caseIdOf(answers.get(3))).isEqualTo(caseIdOf(answers.get(0)));
        assertThat(answers.get(4)).contains("\"line\":6", "\"ACCEPTED\"", "\"duplicate\":false");
        assertThat(response.body().lines().filter(line -> line.startsWith("{\"progress\"")).count()).isEqualTo(3);
        assertThat(response.body().lines().toList().getLast())
                .isEqualTo("{\"summary\":{\"lines\":5,\"accepted\":3,\"rejected\":2}}");
        probe.awaitRecord(Topics.CASE_RECEIVED, caseIdOf(answers.get(4)), TIMEOUT);
    }

    @Test
    void aCsvFileNamesItsColumnsByTheirPathInTheApplication() throws Exception {
        String header = "applicationId,priority,signed,urDecisionAttached,applicationReceivedDate,urDenialDate,"
                + "dateOfInjury,employee.name,employer.name,claimsAdministrator.name,treatingProviders.0.name,"
                + "worker.age,worker.sex,diagnoses.0,disputedItems.0.description,disputedItems.0.serviceType";
        String good = "CSV-" + UUID.randomUUID() + ",STANDARD,true,true,2016-11-10,2016-11-03,2016-10-13,"
                + "\"Worker, CSV " + UUID.randomUUID() + "\",Employer,Claims Administrator,Dr. Test,44,FEMALE,"
                + "cervical strain,\"MRI, cervical spine\",MRI";
        String tooFewCells = "CSV-short,STANDARD,true";

        HttpResponse<String> response = ApplicationJson.post(port, "/cases/bulk", "text/csv",
                header + "\n" + good + "\n" + tooFewCells + "\n");

        List<String> answers = response.body().lines().filter(line -> line.startsWith("{\"line\"")).toList();
        assertThat(answers.get(0)).contains("\"line\":2", "\"ACCEPTED\"");
        assertThat(answers.get(1)).contains("\"line\":3", "\"REJECTED\"", "the line has 3 cells");
        probe.awaitRecord(Topics.CASE_RECEIVED, caseIdOf(answers.get(0)), TIMEOUT);
    }
}
