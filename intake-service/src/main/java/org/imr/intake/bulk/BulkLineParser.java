package org.imr.intake.bulk;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.imr.intake.application.CaseApplication;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one line of a bulk file into a validated application, or into every reason it is not one: a line that is not
 * JSON (or CSV) is one error, an invalid application gets all its field errors, as {@code POST /cases} would.
 */
@Component
class BulkLineParser {

    private final JsonMapper json;
    private final Validator validator;

    BulkLineParser(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    BulkLine parse(int number, String text, BulkFormat format, String csvHeader) {
        CaseApplication application;
        try {
            JsonNode tree = format == BulkFormat.CSV ? CsvRows.toTree(csvHeader, text, json) : json.readTree(text);
            application = json.treeToValue(tree, CaseApplication.class);
        } catch (JacksonException | IllegalArgumentException e) {
            return BulkLine.rejected(number, List.of(new BulkLine.FieldError(pathOf(e), messageOf(e))));
        }
        if (application == null) {
            return BulkLine.rejected(number, List.of(new BulkLine.FieldError("", "the line holds no application")));
        }
        List<BulkLine.FieldError> errors = validator.validate(application).stream()
                .map(BulkLineParser::describe)
                .sorted(Comparator.comparing(BulkLine.FieldError::field))
                .toList();
        return errors.isEmpty() ? BulkLine.valid(number, application) : BulkLine.rejected(number, errors);
    }

    private static BulkLine.FieldError describe(ConstraintViolation<CaseApplication> violation) {
        return new BulkLine.FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }

    private static String pathOf(Exception e) {
        if (e instanceof JacksonException jackson && jackson.getPath() != null) {
            return jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
        }
        return "";
    }

    private static String messageOf(Exception e) {
        String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        return "not a valid application: " + message;
    }
}
