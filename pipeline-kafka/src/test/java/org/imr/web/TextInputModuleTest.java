package org.imr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.imr.schemas.Priority;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON every REST API reads, and how each way of getting it wrong is told (field and reason, never the value). */
class TextInputModuleTest {

    record Note(String name, @FreeText String text, @FreeText List<String> lines, List<String> codes, Priority priority,
            Integer count, LocalDate date, Inner inner) {
    }

    record Inner(String value) {
    }

    private final JsonMapper json = PipelineJson.mapper(10_000);

    @Test
    void everyTextIsNormalisedAndFreeTextKeepsCompatibilityCharacters() {
        Note note = json.readValue("""
                {"name": "Ma\\u200Bria", "text": "10\\u2079/L", "lines": ["x\\u00B2\\u200B"], "codes": ["\\uFF21"],
                 "inner": {"value": "\\u202Eb"}}""", Note.class);

        assertThat(note.name()).isEqualTo("Maria");
        assertThat(note.text()).isEqualTo("10\u2079/L");
        assertThat(note.lines()).containsExactly("x\u00B2");
        assertThat(note.codes()).containsExactly("A");
        assertThat(note.inner().value()).isEqualTo("b");
    }

    @Test
    void aControlCharacterIsRefusedNamingTheField() {
        assertThat(problem("{\"inner\": {\"value\": \"PHI\\u0000\"}}"))
                .isEqualTo(new FieldProblem("inner.value", "contains a control character"));
        assertThat(problem("{\"codes\": [\"a\", \"PHI\\u0007\"]}"))
                .isEqualTo(new FieldProblem("codes[1]", "contains a control character"));
    }

    @Test
    void theDefaultSymbolOfAnAvroEnumIsRefusedAndAnUnknownSymbolListsTheAcceptedOnes() {
        assertThat(problem("{\"priority\": \"UNKNOWN\"}"))
                .isEqualTo(new FieldProblem("priority", "must be one of STANDARD, EXPEDITED"));
        assertThat(problem("{\"priority\": \"PHI-URGENT\"}"))
                .isEqualTo(new FieldProblem("priority", "must be one of STANDARD, EXPEDITED"));
        assertThat(json.readValue("{\"priority\": \"EXPEDITED\"}", Note.class).priority()).isEqualTo(Priority.EXPEDITED);
    }

    @Test
    void wrongTypesHugeNumbersAndFractionsNameTheFieldAndWhatItMustBe() {
        assertThat(problem("{\"count\": \"PHI\"}")).isEqualTo(new FieldProblem("count", "must be a whole number"));
        assertThat(problem("{\"count\": 99999999999999999999}")).satisfies(p -> {
            assertThat(p.field()).isEqualTo("count");
            assertThat(p.message()).startsWith("must be a whole number");
        });
        assertThat(problem("{\"count\": 2.5}").field()).isEqualTo("count");
        assertThat(problem("{\"date\": \"PHI-2016\"}")).isEqualTo(new FieldProblem("date", "must be a date (yyyy-mm-dd)"));
        assertThat(problem("{\"name\": {\"a\": 1}}")).isEqualTo(new FieldProblem("name", "must be text"));
        assertThat(problem("{\"codes\": {\"a\": 1}}")).isEqualTo(new FieldProblem("codes", "must be a list"));
        assertThat(problem("{\"inner\": [1]}")).isEqualTo(new FieldProblem("inner", "must be an object"));
    }

    @Test
    void malformedTruncatedDuplicatedNestedAndOversizedDocumentsAreToldApart() {
        assertThat(problem("{\"name\": \"a\", \"name\": \"b\"}").message()).isEqualTo("a field appears more than once");
        assertThat(problem("{\"name\": \"PHI").message()).isEqualTo("the JSON ends before it is complete");
        assertThat(problem("{\"name\": PHI}").message()).isEqualTo("is not valid JSON");
        assertThat(problem("{\"ignored\": " + "[".repeat(2_000)).message()).contains("nested deeper than");
        assertThat(problem("{\"count\": 1" + "0".repeat(1_500) + "}").message()).contains("longer than");
        JacksonException tooLong = failure("{\"name\": \"" + "x".repeat(20_000) + "\"}");
        assertThat(JsonInputProblems.isTooLong(tooLong)).isTrue();
    }

    @Test
    void anUnknownFieldIsNamedOnlyWhenItsNameIsAPlainIdentifier() {
        JsonMapper strict = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThat(JsonInputProblems.describe(failure(strict, "{\"caseNumberX\": 1}")))
                .isEqualTo(new FieldProblem("caseNumberX", "is not a field of this request"));
        assertThat(JsonInputProblems.describe(failure(strict, "{\"John Smith 123-45-6789\": 1}")).field())
                .doesNotContain("John");
    }

    private FieldProblem problem(String document) {
        FieldProblem problem = JsonInputProblems.describe(failure(document));
        assertThat(problem.message()).doesNotContain("PHI").doesNotContain("java.").doesNotContain("org.imr");
        return problem;
    }

    private JacksonException failure(String document) {
        return failure(json, document);
    }

    private static JacksonException failure(JsonMapper mapper, String document) {
        try {
            mapper.readValue(document, Note.class);
        } catch (JacksonException e) {
            return e;
        }
        throw new AssertionError("read without failure");
    }
}
