package org.imr.intake.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.imr.intake.application.CaseApplication;
import org.imr.intake.expedite.CaseExpediting;
import org.imr.intake.expedite.CaseExpediting.Conversion;
import org.imr.web.DateRange;
import org.imr.web.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /cases/{caseId}/expedite} with the physician's certification: 202 with the recomputed clocks, 404 when
 * intake has no eligible case with that id, 409 when the case is decided, 400 when the certification is incomplete or
 * implausible.
 */
@RestController
class ExpediteController {

    private final CaseExpediting expediting;

    ExpediteController(CaseExpediting expediting) {
        this.expediting = expediting;
    }

    @PostMapping(path = "/cases/{caseId}/expedite", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> expedite(@PathVariable @Pattern(regexp = Ids.PATH_ID, message = Ids.PATH_ID_RULE) String caseId,
            @Valid @RequestBody Certification certification) {
        return switch (expediting.expedite(caseId, certification.certifiedBy(), certification.certifiedAt())) {
            case Conversion.Expedited expedited -> ResponseEntity.accepted().body(expedited.clocks());
            case Conversion.NoEligibleCase none -> problem(HttpStatus.NOT_FOUND, "No eligible case",
                    "Intake has no eligible case with this id");
            case Conversion.AlreadyDecided decided -> problem(HttpStatus.CONFLICT, "Case decided",
                    "The case is decided: a decided case cannot be converted to expedited review");
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The treating physician's certification of an imminent and serious threat; without a time, now. */
    record Certification(@NotBlank @Size(max = 200) String certifiedBy,
            @PastOrPresent @DateRange(from = CaseApplication.IMR_BEGAN) Instant certifiedAt) {
    }
}
