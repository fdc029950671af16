package org.imr.intake.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.imr.intake.accesslog.AccessLogPage;
import org.imr.intake.accesslog.AccessLogStore;
import org.imr.intake.tracking.CaseTracking;
import org.imr.web.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's view of the PHI access log: {@code GET /cases/{caseNumberOrId}/access-log?page=&size=} pages every
 * recorded read of the case's letters, documents and drafts, the newest first (who, role, when, which service served
 * what); 404 for a case the topics never mentioned. It follows the access topics by the tracking feed's lag.
 */
@RestController
class AccessLogController {

    private final CaseTracking tracking;
    private final AccessLogStore accessLog;

    AccessLogController(CaseTracking tracking, AccessLogStore accessLog) {
        this.tracking = tracking;
        this.accessLog = accessLog;
    }

    @GetMapping("/cases/{reference}/access-log")
    AccessLogPage accessLog(@PathVariable @Pattern(regexp = Ids.PATH_ID, message = Ids.PATH_ID_RULE) String reference,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return tracking.identify(reference).map(trackedCase -> accessLog.page(trackedCase, page, size))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No case with this number or id"), null));
    }
}
