package org.imr.intake.web;

import org.imr.intake.documents.DocumentRejectedException;
import org.imr.intake.documents.DocumentTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A document past the size limit is 413, one whose content does not match its type 400, as problem details. */
@RestControllerAdvice
class DocumentProblemDetails {

    @ExceptionHandler(DocumentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(DocumentTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Document too large");
        problem.setProperty("maxBytes", e.maxBytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close").body(problem);
    }

    @ExceptionHandler(DocumentRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(DocumentRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Document rejected");
        return ResponseEntity.badRequest().body(problem);
    }
}
