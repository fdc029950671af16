package org.imr.notification.web;

import java.nio.charset.StandardCharsets;

import org.imr.notification.issue.LetterArchive;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /letters/{caseId}}: the issued letter as plain text, or 404 as problem details. */
@RestController
class LetterController {

    private static final MediaType PLAIN_TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final LetterArchive archive;

    LetterController(LetterArchive archive) {
        this.archive = archive;
    }

    @GetMapping(value = "/letters/{caseId}")
    ResponseEntity<?> letter(@PathVariable String caseId) {
        return archive.find(caseId)
                .<ResponseEntity<?>>map(text -> ResponseEntity.ok().contentType(PLAIN_TEXT_UTF8).body(text))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No letter issued for case " + caseId)));
    }
}
