package org.imr.intake.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.imr.intake.application.CaseApplication;
import org.imr.intake.identity.ApplicationIdentity;
import org.imr.web.FieldProblem;
import org.imr.web.JsonInputProblems;
import org.imr.web.PipelineJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake's parsers under fuzzed input (Jazzer, coverage-guided): a {@code POST /cases} body (JSON), a line of an NDJSON
 * bulk file, a CSV bulk file's header and line, and the bytes of a bulk file. Whatever the input, each parser answers
 * with an application or with reasons, never with an exception, and no reason repeats the input or names a class.
 * Half of the inputs are a valid application or CSV file with fuzzed splices, so that the fuzzer starts deep.
 * {@code ./imr test} fuzzes it for a bounded time ({@code fuzz} execution of the module's pom, {@code JAZZER_FUZZ=1});
 * other runs replay the inputs found so far.
 */
class IntakeParsersFuzzTest {

    private static final long MAX_JSON_BYTES = 64 * 1024;
    private static final Pattern SAFE_FIELD = Pattern.compile("[A-Za-z0-9_.\\[\\]]*|.*\\(a field name\\).*|header");

    private static final String VALID = """
            {"applicationId": "APP-1", "priority": "STANDARD", "signed": true, "urDecisionAttached": true,
             "applicationReceivedDate": "2016-11-10", "urDenialDate": "2016-11-03", "dateOfInjury": "2016-10-13",
             "employee": {"name": "Worker"}, "employer": {"name": "Employer"}, "claimsAdministrator": {"name": "Admin"},
             "treatingProviders": [{"name": "Dr. Test"}], "worker": {"age": 44, "sex": "FEMALE"},
             "diagnoses": ["cervical strain"], "painRating": 6, "latestProgressNote": {"date": "2016-10-20", "plan": "PT"},
             "disputedItems": [{"description": "Physical therapy, neck, 2 x 3", "serviceType": "PHYSICAL_THERAPY",
              "bodyRegion": "neck", "frequencyPerWeek": 2, "durationWeeks": 3}]}""".replace("\n", " ");
    private static final String CSV_HEADER = "applicationId,priority,signed,urDecisionAttached,applicationReceivedDate,"
            + "urDenialDate,dateOfInjury,employee.name,employer.name,claimsAdministrator.name,treatingProviders.0.name,"
            + "worker.age,worker.sex,diagnoses.0,disputedItems.0.description,disputedItems.0.serviceType";
    private static final String CSV_LINE = "APP-2,STANDARD,true,true,2016-11-10,2016-11-03,2016-10-13,\"Worker, CSV\","
            + "Employer,Admin,Dr. Test,44,FEMALE,cervical strain,\"MRI, cervical spine\",MRI";

    private final JsonMapper json = PipelineJson.configure(JsonMapper.builder(
                    PipelineJson.configure(tools.jackson.core.json.JsonFactory.builder(), MAX_JSON_BYTES).build()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final BulkLineParser parser = new BulkLineParser(json, validator);

    @FuzzTest(maxDuration = "20s")
    @DictionaryEntries({"\"applicationId\"", "\"caseNumber\"", "\"priority\"", "\"UNKNOWN\"", "\"EXPEDITED\"", "\\u0000",
            "\\ud800", "\u200B", "\u202E", "\"disputedItems\"", "\"serviceType\"", "-999999999-01-01", "0000-01-01",
            "1e400", ".0.", "\"\"", ",,", "\uFEFF"})
    void parsersAnswerEveryInputWithAnApplicationOrReasons(FuzzedDataProvider data) throws IOException {
        switch (data.consumeInt(0, 3)) {
            case 0 -> postedJson(spliced(data, VALID));
            case 1 -> ndjsonLine(spliced(data, VALID));
            case 2 -> csv(spliced(data, CSV_HEADER), spliced(data, CSV_LINE));
            default -> bulkBytes(data.consumeRemainingAsBytes());
        }
    }

    /** POST /cases: the body read as the controller reads it; a failure is told as a field and a reason. */
    private void postedJson(String body) {
        try {
            CaseApplication application = json.readValue(body, CaseApplication.class);
            if (application != null && validator.validate(application).isEmpty()) {
                assertThat(ApplicationIdentity.of(application).caseId()).isNotBlank();
            }
        } catch (JacksonException failure) {
            assertTellsNothingOfTheInput(List.of(JsonInputProblems.describe(failure)));
        }
    }

    private void ndjsonLine(String line) {
        answered(parser.parse(1, line, null));
    }

    private void csv(String headerLine, String line) {
        CsvHeader header;
        try {
            header = CsvHeader.parse(headerLine, json);
        } catch (BulkFileRefusedException refused) {
            assertThat(refused.getMessage()).doesNotContain("Exception").doesNotContain("java.");
            return;
        }
        answered(parser.parse(2, line, header));
    }

    private void bulkBytes(byte[] bytes) throws IOException {
        BulkLines lines = new BulkLines(new ByteArrayInputStream(bytes), 256);
        BulkLines.Line line;
        int count = 0;
        while ((line = lines.next()) != null) {
            assertThat(line.number()).isEqualTo(++count);
            assertThat(line.text() == null).isEqualTo(line.problem() != null);
            if (line.readable()) {
                assertThat(line.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(256);
                answered(parser.parse(line.number(), line.text(), null));
            }
        }
    }

    private void answered(BulkLine line) {
        if (line.valid()) {
            assertThat(validator.validate(line.application())).isEmpty();
            assertThat(ApplicationIdentity.of(line.application()).caseId()).isNotBlank();
        } else {
            assertThat(line.errors()).isNotEmpty();
            assertTellsNothingOfTheInput(line.errors());
        }
    }

    /** Reasons are the service's own words: no quoted value, no class name, fields as paths of plain names. */
    private static void assertTellsNothingOfTheInput(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            assertThat(problem.field()).matches(SAFE_FIELD);
            assertThat(problem.message()).doesNotContain("\"").doesNotContain("'").doesNotContain("Exception")
                    .doesNotContain("java.").doesNotContain("tools.jackson").hasSizeLessThan(400);
        }
    }

    /** The text with a fuzzed piece put in at a fuzzed place (or the fuzzed piece alone). */
    private static String spliced(FuzzedDataProvider data, String text) {
        if (data.consumeBoolean()) {
            return data.consumeString(2_000);
        }
        int from = data.consumeInt(0, text.length());
        int to = data.consumeInt(from, Math.min(text.length(), from + 40));
        return text.substring(0, from) + data.consumeString(200) + text.substring(to);
    }
}
