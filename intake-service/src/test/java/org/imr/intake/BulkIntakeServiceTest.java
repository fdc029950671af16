package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;
import static org.imr.intake.ApplicationJson.oneLine;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestTokens;
import org.imr.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WithIntakeInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + IntakeServiceApplication.NAME, "imr.intake.bulk.chunk-size=2"})
class BulkIntakeServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    @Test
    void hostileLinesAreRejectedOneByOneWithoutRepeatingWhatTheySaidAndTheOthersGoOn() throws Exception {
        String secret = "PHI-BULK-" + UUID.randomUUID();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((oneLine(application("BULK-" + UUID.randomUUID())) + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(("{\"applicationId\": \"" + secret).getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        file.writeBytes(("{\"x\": \"" + "y".repeat(2_200_000) + secret + "\"}\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes((oneLine(application("BULK-" + UUID.randomUUID())).replace("\"age\": 44",
                "\"age\": \"" + secret + "\"") + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes((oneLine(application("BULK-" + UUID.randomUUID())).replace("\"priority\"",
                "\"caseNumber\": \"CM15-0000001\", \"priority\"") + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes((oneLine(application("BULK-" + UUID.randomUUID())).replace("\"PHYSICAL_THERAPY\"",
                "\"" + secret + "\"") + "\n").getBytes(StandardCharsets.UTF_8));
        String good = oneLine(application("BULK-" + UUID.randomUUID()));
        file.writeBytes((good + "\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/cases/bulk"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", TestTokens.bearer(Roles.INTAKE))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        List<String> answers = response.body().lines().filter(line -> line.startsWith("{\"line\"")).toList();
        assertThat(answers).hasSize(7);
        assertThat(answers.get(0)).contains("\"ACCEPTED\"").containsPattern("\"caseNumber\":\"CM16-\\d{7}\"");
        assertThat(answers.get(1)).contains("\"REJECTED\"", "not valid UTF-8");
        assertThat(answers.get(2)).contains("\"REJECTED\"", "longer than 2097152 bytes");
        assertThat(answers.get(3)).contains("\"REJECTED\"", "\"field\":\"worker.age\"", "must be a whole number");
        assertThat(answers.get(4)).contains("\"REJECTED\"", "\"field\":\"caseNumber\"");
        assertThat(answers.get(5)).contains("\"REJECTED\"", "\"field\":\"disputedItems[0].serviceType\"");
        assertThat(answers.get(6)).contains("\"ACCEPTED\"");
        assertThat(response.body()).doesNotContain(secret).doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("tools.jackson");
        probe.awaitRecord(Topics.CASE_RECEIVED, caseIdOf(answers.get(6)), TIMEOUT);
    }

    @Test
    void aCsvCellThatASpreadsheetWouldRunIsRejectedAndTheHeaderIsCheckedFirst() throws Exception {
        String header = "applicationId,priority,signed,urDecisionAttached,applicationReceivedDate,urDenialDate,"
                + "dateOfInjury,employee.name,employer.name,claimsAdministrator.name,treatingProviders.0.name,"
                + "worker.age,worker.sex,diagnoses.0,disputedItems.0.description,disputedItems.0.serviceType";
        String formula = "CSV-" + UUID.randomUUID() + ",STANDARD,true,true,2016-11-10,2016-11-03,2016-10-13,"
                + "\"=HYPERLINK(\"\"http://x\"\")\",Employer,Claims Administrator,Dr. Test,44,FEMALE,"
                + "cervical strain,\"MRI, cervical spine\",MRI";

        HttpResponse<String> response = ApplicationJson.post(port, "/cases/bulk", "text/csv", header + "\n" + formula + "\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().filter(line -> line.startsWith("{\"line\"")).findFirst().orElseThrow())
                .contains("\"REJECTED\"", "\"field\":\"employee.name\"", "spreadsheet").doesNotContain("HYPERLINK");
    }
}
