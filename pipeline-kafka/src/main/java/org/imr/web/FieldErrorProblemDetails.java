package org.imr.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * In every service with a REST API, a request body that fails validation answers 400 with all field errors at once,
 * as RFC 9457 problem details, titled after what was sent ("Invalid case application").
 */
@RestControllerAdvice
public class FieldErrorProblemDetails extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.getBody();
        problem.setTitle("Invalid " + words(ex.getBindingResult().getObjectName()));
        problem.setDetail(ex.getErrorCount() + " field(s) are invalid");
        problem.setProperty("errors", ex.getBindingResult().getAllErrors().stream()
                .map(FieldErrorProblemDetails::describe)
                .sorted(Comparator.comparing(error -> error.get("field")))
                .toList());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static Map<String, String> describe(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
        return Map.of("field", field, "message", String.valueOf(error.getDefaultMessage()));
    }

    /** {@code caseApplication} to "case application". */
    private static String words(String objectName) {
        return objectName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
