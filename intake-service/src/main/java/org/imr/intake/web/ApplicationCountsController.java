package org.imr.intake.web;

import org.imr.intake.identity.FilingLedger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /applications/counts}: applications filed (gross, duplicates included) and distinct applications (unique),
 * as DWC reports them; the same figures are the gauges {@code imr_intake_applications_gross} and {@code _unique}.
 */
@RestController
class ApplicationCountsController {

    private final FilingLedger ledger;

    ApplicationCountsController(FilingLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/applications/counts")
    FilingLedger.Counts counts() {
        return ledger.counts();
    }
}
