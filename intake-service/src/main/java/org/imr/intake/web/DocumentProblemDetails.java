package org.imr.intake.web;

import org.imr.intake.documents.DocumentRejectedException;
import org.imr.intake.documents.DocumentStoreUnavailableException;
import org.imr.intake.documents.DocumentTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A document past the size limit is 413, one whose content does not match its type 400, a document store that cannot be
 * reached 503 (nothing kept: send it again), as problem details.
 */
@RestControllerAdvice
class DocumentProblemDetails {

    @ExceptionHandler(DocumentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(DocumentTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Document too large");
        problem.setProperty("maxBytes", e.maxBytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close").body(problem);
    }

    @ExceptionHandler(DocumentStoreUnavailableException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(DocumentStoreUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Document store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @ExceptionHandler(DocumentRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(DocumentRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Document rejected");
        return ResponseEntity.badRequest().body(problem);
    }
}
