package org.imr.intake.bulk;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.imr.intake.application.CaseApplication;
import org.imr.web.FieldProblem;
import org.imr.web.JsonInputProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one line of a bulk file into a validated application, or into every reason it is not one, in the words
 * {@code POST /cases} uses: a line that is not JSON (or does not fit the CSV header) is one error naming the field and
 * the reason, an invalid application gets all its field errors. No message quotes the line or names a Java class, and
 * no line, however malformed, stops the others.
 */
@Component
class BulkLineParser {

    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[^>]*>");
    private static final Logger log = LoggerFactory.getLogger(BulkLineParser.class);

    private final JsonMapper json;
    private final Validator validator;

    BulkLineParser(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @param csvHeader the CSV file's header; null for NDJSON */
    BulkLine parse(int number, String text, CsvHeader csvHeader) {
        try {
            return parseOrFail(number, text, csvHeader);
        } catch (RuntimeException unexpected) {
            log.warn("Bulk line {} could not be read ({})", number, unexpected.getClass().getSimpleName());
            return BulkLine.rejected(number, "the line could not be read as an application");
        }
    }

    private BulkLine parseOrFail(int number, String text, CsvHeader csvHeader) {
        CaseApplication application;
        try {
            JsonNode tree = csvHeader != null ? CsvRows.toTree(csvHeader, text, json) : json.readTree(text);
            application = json.treeToValue(tree, CaseApplication.class);
        } catch (JacksonException e) {
            return BulkLine.rejected(number, List.of(JsonInputProblems.describe(e)));
        } catch (IllegalArgumentException e) {
            return BulkLine.rejected(number, "not a valid application: " + e.getMessage());
        }
        if (application == null) {
            return BulkLine.rejected(number, "the line holds no application");
        }
        List<FieldProblem> errors = validator.validate(application).stream()
                .map(BulkLineParser::describe)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return errors.isEmpty() ? BulkLine.valid(number, application) : BulkLine.rejected(number, errors);
    }

    /** The field as {@code POST /cases} names it: {@code diagnoses[0]}, not {@code diagnoses[0].<list element>}. */
    private static FieldProblem describe(ConstraintViolation<CaseApplication> violation) {
        return new FieldProblem(CONTAINER_ELEMENT.matcher(violation.getPropertyPath().toString()).replaceAll(""),
                violation.getMessage());
    }
}
