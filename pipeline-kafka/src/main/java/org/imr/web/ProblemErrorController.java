package org.imr.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page of the servlet container ({@code /error}, in place of Boot's): whatever ends there (an error sent
 * outside Spring MVC, an exception no handler took, the API security's 401 and 403) is answered as problem details,
 * JSON whatever the Accept header, with the status and a fixed text only: never the exception, its message or the
 * request.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailOf(status));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static HttpStatus statusOf(Object code) {
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String detailOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "A valid bearer token is required";
            case FORBIDDEN -> "The caller's roles do not allow this request";
            default -> status.is5xxServerError() ? "The service failed to answer this request"
                    : "The request was refused: " + status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
