package org.imr.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON document that could not be read, told as the field and the reason, in words a client understands: never the
 * value sent (it may be PHI), never a Java class name, never the parser's own message.
 */
public final class JsonInputProblems {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private JsonInputProblems() {
    }

    public static FieldProblem describe(JacksonException failure) {
        return new FieldProblem(pathOf(failure), reasonOf(failure));
    }

    /** Whether the failure is the document passing the largest size read ({@link StreamReadConstraints}). */
    public static boolean isTooLong(JacksonException failure) {
        return failure instanceof StreamConstraintsException && failure.getOriginalMessage().contains("Document length");
    }

    private static String reasonOf(JacksonException failure) {
        return switch (failure) {
            case RefusedInputException refused -> refused.reason();
            case UnrecognizedPropertyException unknown -> "is not a field of this request";
            case StreamConstraintsException limit -> constraintReason(limit.getOriginalMessage());
            case UnexpectedEndOfInputException truncated -> "the JSON ends before it is complete";
            case InputCoercionException coercion -> expected(coercion.getTargetType()) + " within range";
            case MismatchedInputException mismatch -> expected(mismatch.getTargetType());
            case DatabindException binding -> "is not valid for this field";
            default -> syntaxReason(failure.getOriginalMessage());
        };
    }

    private static String constraintReason(String message) {
        String text = message == null ? "" : message;
        if (text.contains("nesting depth")) {
            return "the JSON is nested deeper than " + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels";
        }
        if (text.contains("Number value length")) {
            return "a number is longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";
        }
        if (text.contains("Document length")) {
            return "the JSON document is longer than the largest accepted";
        }
        return "the JSON passes a size limit of the service";
    }

    private static String syntaxReason(String message) {
        String text = message == null ? "" : message;
        if (text.startsWith("Duplicate Object property") || text.startsWith("Duplicate field")) {
            return "a field appears more than once";
        }
        if (text.contains("UTF-8") || text.contains("UTF8")) {
            return "the body is not valid UTF-8";
        }
        return "is not valid JSON";
    }

    private static final Map<Class<?>, String> EXPECTED = Map.of(
            String.class, "must be text",
            Integer.class, "must be a whole number",
            int.class, "must be a whole number",
            Long.class, "must be a whole number",
            long.class, "must be a whole number",
            Boolean.class, "must be true or false",
            boolean.class, "must be true or false",
            LocalDate.class, "must be a date (yyyy-mm-dd)",
            Instant.class, "must be an instant (e.g. 2016-11-10T09:30:00Z)");

    /** What a field of this type must be, without naming the type's class. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "is not of the expected type";
        }
        if (type.isEnum()) {
            return "must be one of " + TextInputModule.acceptedSymbols(type);
        }
        if (EXPECTED.containsKey(type)) {
            return EXPECTED.get(type);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be an object";
    }

    /**
     * {@code disputedItems[0].serviceType}: property names joined by dots, list positions in brackets. A name that is
     * not a plain identifier (it can only be one the client made up) is not repeated.
     */
    private static String pathOf(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                String name = PLAIN_NAME.matcher(reference.getPropertyName()).matches() ? reference.getPropertyName()
                        : "(a field name)";
                path.append(path.isEmpty() ? "" : ".").append(name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
