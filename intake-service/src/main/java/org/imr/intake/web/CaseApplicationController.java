package org.imr.intake.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.imr.intake.application.CaseApplication;
import org.imr.intake.application.CaseIntake;
import org.imr.intake.application.Receipt;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /cases}: 202 with the receipt (case id, duplicate, screening outcome with every reason), 400 with every
 * field error as RFC 9457 problem details, or 503 when the case could not be stored (nothing kept: submit again).
 */
@RestController
@RequestMapping("/cases")
class CaseApplicationController {

    private final CaseIntake intake;

    CaseApplicationController(CaseIntake intake) {
        this.intake = intake;
    }

    /** JSON in and out; a request that cannot be answered in JSON is refused (406) before anything is published. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submit(@Valid @RequestBody CaseApplication application) {
        Receipt receipt = intake.accept(application);
        if (!receipt.published()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The case could not be stored now; nothing was kept, submit it again");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
        }
        return ResponseEntity.accepted().location(URI.create("/cases/" + receipt.caseId())).body(receipt);
    }
}
