package org.imr.intake.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.imr.intake.application.CaseApplication;
import org.imr.intake.application.CaseIntake;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /cases}: 202 with the case id, or 400 with every field error as RFC 9457 problem details. */
@RestController
@RequestMapping("/cases")
class CaseApplicationController {

    private final CaseIntake intake;

    CaseApplicationController(CaseIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    ResponseEntity<CaseIntake.Receipt> submit(@Valid @RequestBody CaseApplication application) {
        CaseIntake.Receipt receipt = intake.accept(application);
        return ResponseEntity.accepted().location(URI.create("/cases/" + receipt.caseId())).body(receipt);
    }
}
