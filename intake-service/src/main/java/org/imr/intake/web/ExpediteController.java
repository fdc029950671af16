package org.imr.intake.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.imr.intake.expedite.CaseExpediting;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /cases/{caseId}/expedite} with the physician's certification: 202 with the recomputed clocks, 404 when
 * intake has no eligible case with that id, 400 when the certification is incomplete.
 */
@RestController
class ExpediteController {

    private final CaseExpediting expediting;

    ExpediteController(CaseExpediting expediting) {
        this.expediting = expediting;
    }

    @PostMapping("/cases/{caseId}/expedite")
    ResponseEntity<?> expedite(@PathVariable String caseId, @Valid @RequestBody Certification certification) {
        return expediting.expedite(caseId, certification.certifiedBy(), certification.certifiedAt())
                .<ResponseEntity<?>>map(clocks -> ResponseEntity.accepted().body(clocks))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No eligible case " + caseId)));
    }

    /** The treating physician's certification of an imminent and serious threat; without a time, now. */
    record Certification(@NotBlank @Size(max = 200) String certifiedBy, @PastOrPresent Instant certifiedAt) {
    }
}
