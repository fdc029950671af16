package org.imr.notification.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;

import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.notification.issue.ArchivedLetter;
import org.imr.notification.issue.LetterArchive;
import org.imr.schemas.topics.Topics;
import org.imr.web.Ids;
import org.imr.web.PhiAccessLog;
import org.imr.web.PhiRead;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letter archive over HTTP, by case number: {@code GET /letters/{caseNumber}} is the latest version, as plain
 * text or, for {@code Accept: application/pdf} or the suffix {@code .pdf}, as PDF ({@code .txt} forces text);
 * {@code /letters/{caseNumber}/versions} lists every version, {@code /letters/{caseNumber}/versions/{n}} serves one.
 * An unknown case or version is 404, an unservable Accept 406, a name that is no case number or version 400, all as
 * problem details that never repeat the name asked for. Every letter served is recorded on {@code imr.letter-read}
 * first (who, which version, which format); the list of versions, which holds nothing clinical, is not.
 */
@RestController
class LetterController {

    /** A case number or a version, with the suffix that chooses the format, if any. */
    private static final String LETTER_NAME = Ids.PATH_ID + "(\\.pdf|\\.txt)?";
    private static final String LETTER_NAME_RULE = "must be a case number or a version, then .pdf or .txt if any";
    private static final MediaType PLAIN_TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final LetterArchive archive;
    private final PhiAccessLog accessLog;

    LetterController(LetterArchive archive, EventPublisher publisher, Envelopes envelopes) {
        this.archive = archive;
        this.accessLog = new PhiAccessLog(Topics.LETTER_READ, publisher, envelopes);
    }

    @GetMapping("/letters/{name}")
    ResponseEntity<?> latest(@PathVariable @Pattern(regexp = LETTER_NAME, message = LETTER_NAME_RULE) String name,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest http) {
        LetterRequest request = LetterRequest.of(name, accept);
        return serve(request, archive.latest(request.name()), "No letter issued for this case", http);
    }

    @GetMapping("/letters/{caseNumber}/versions/{name}")
    ResponseEntity<?> version(@PathVariable @Pattern(regexp = Ids.PATH_ID, message = Ids.PATH_ID_RULE) String caseNumber,
            @PathVariable @Pattern(regexp = LETTER_NAME, message = LETTER_NAME_RULE) String name,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest http) {
        LetterRequest request = LetterRequest.of(name, accept);
        Optional<ArchivedLetter> letter = request.name().matches("\\d{1,6}")
                ? archive.version(caseNumber, Integer.parseInt(request.name()))
                : Optional.empty();
        return serve(request, letter, "No such version of this case's letter", http);
    }

    @GetMapping("/letters/{caseNumber}/versions")
    ResponseEntity<?> versions(@PathVariable @Pattern(regexp = Ids.PATH_ID, message = Ids.PATH_ID_RULE) String caseNumber) {
        List<Integer> versions = archive.versions(caseNumber);
        if (versions.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "No letter issued for this case");
        }
        return ResponseEntity.ok(Map.of("caseNumber", caseNumber, "versions", versions.stream()
                .map(version -> Map.of("version", version,
                        "text", "/letters/" + caseNumber + "/versions/" + version + ".txt",
                        "pdf", "/letters/" + caseNumber + "/versions/" + version + ".pdf"))
                .toList()));
    }

    private ResponseEntity<?> serve(LetterRequest request, Optional<ArchivedLetter> letter, String notFound,
            HttpServletRequest http) {
        if (request.format() == LetterRequest.Format.NOT_ACCEPTABLE) {
            return problem(HttpStatus.NOT_ACCEPTABLE, "Letters are served as text/plain or application/pdf");
        }
        if (letter.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, notFound);
        }
        ArchivedLetter found = letter.get();
        if (request.format() == LetterRequest.Format.PDF) {
            byte[] pdf = archive.pdf(found);
            recordRead(found, MediaType.APPLICATION_PDF, http);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            "inline; filename=\"" + found.caseNumber() + "-v" + found.version() + ".pdf\"")
                    .body(pdf);
        }
        String text = archive.text(found);
        recordRead(found, MediaType.TEXT_PLAIN, http);
        return ResponseEntity.ok().contentType(PLAIN_TEXT_UTF8).body(text);
    }

    /** A version archived before its case id was kept is recorded under its case number. */
    private void recordRead(ArchivedLetter letter, MediaType format, HttpServletRequest http) {
        String caseId = letter.caseId() != null ? letter.caseId() : letter.caseNumber();
        accessLog.recordRead(http, PhiRead.letter(caseId, letter.caseNumber(), letter.version(), format.toString()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
