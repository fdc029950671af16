package org.imr.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * In every service with a REST API, a request the service cannot take is answered 4xx as RFC 9457 problem details
 * that say what is wrong and where, never what was sent: a body that fails validation or cannot be read, a path or
 * query parameter of the wrong form, a missing parameter, a content type not taken, a representation not served, a
 * method not allowed, a resource that does not exist. Field errors are listed in {@code errors} as
 * {@code {field, message}}, all at once.
 */
@RestControllerAdvice
public class RequestProblemDetails extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream()
                .map(RequestProblemDetails::describe).toList();
        return answer(ex, problem(status, "Invalid " + words(ex.getBindingResult().getObjectName()),
                errors.size() + " field(s) are invalid", errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException json = jsonFailureOf(ex);
        if (json != null && JsonInputProblems.isTooLong(json)) {
            HttpStatus tooLarge = HttpStatus.CONTENT_TOO_LARGE;
            ProblemDetail problem = problem(tooLarge, "Request too large",
                    "The JSON document is longer than the largest accepted", List.of());
            return answer(ex, problem, headers, tooLarge, request);
        }
        FieldProblem error = json == null ? new FieldProblem("", "the body is missing or cannot be read")
                : JsonInputProblems.describe(json);
        return answer(ex, problem(status, "Unreadable request", "The request body could not be read", List.of(error)),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        error instanceof FieldError field ? field.getField()
                                : result.getMethodParameter().getParameterName(), messageOf(error))))
                .toList();
        return answer(ex, problem(status, "Invalid request", errors.size() + " parameter(s) are invalid", errors),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        FieldProblem error = new FieldProblem(String.valueOf(ex.getPropertyName()),
                JsonInputProblems.expected(ex.getRequiredType()));
        return answer(ex, problem(status, "Invalid request", "A parameter is not of the expected form", List.of(error)),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem error = new FieldProblem(ex.getParameterName(), "is required");
        return answer(ex, problem(status, "Invalid request", "A required parameter is missing", List.of(error)),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, problem(status, "Unsupported content type",
                "Send the body as " + mediaTypes(ex.getSupportedMediaTypes()), List.of()), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, problem(status, "Not acceptable",
                "This resource is served as " + mediaTypes(ex.getSupportedMediaTypes()) + "; nothing was done",
                List.of()), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String allowed = ex.getSupportedHttpMethods() == null ? "none"
                : ex.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        return answer(ex, problem(status, "Method not allowed", "This resource allows " + allowed, List.of()),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return answer(ex, problem(status, "Not found", "There is no such resource", List.of()), headers, status,
                request);
    }

    /** Constraints on a controller's parameters checked by a {@code @Validated} class. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolations(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList();
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return answer(ex, problem(status, "Invalid request", errors.size() + " parameter(s) are invalid", errors),
                new HttpHeaders(), status, request);
    }

    private ResponseEntity<Object> answer(Exception ex, ProblemDetail problem, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.addAll(headers);
        answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return handleExceptionInternal(ex, problem, answerHeaders, status, request);
    }

    private static ProblemDetail problem(HttpStatusCode status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
        }
        return problem;
    }

    /** A field's error by its field; a constraint Spring could not bind to a field (a record it cannot read) by the constraint's path. */
    private static FieldProblem describe(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField()
                : error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class).getPropertyPath().toString()
                : error.getObjectName();
        return new FieldProblem(field.isEmpty() ? error.getObjectName() : field, messageOf(error));
    }

    private static String messageOf(MessageSourceResolvable error) {
        return String.valueOf(error.getDefaultMessage());
    }

    private static JacksonException jsonFailureOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    private static String mediaTypes(List<MediaType> types) {
        return types.isEmpty() ? "nothing"
                : types.stream().map(MediaType::toString).distinct().collect(Collectors.joining(" or "));
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** {@code caseApplication} to "case application". */
    private static String words(String objectName) {
        return objectName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
