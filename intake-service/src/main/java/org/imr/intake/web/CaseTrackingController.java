package org.imr.intake.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.imr.calendar.ImrCalendar;
import org.imr.intake.tracking.CaseFilter;
import org.imr.intake.tracking.CaseTracking;
import org.imr.intake.tracking.CaseView;
import org.imr.intake.tracking.Stage;
import org.imr.intake.tracking.store.TrackedCaseReader;
import org.imr.schemas.Priority;
import org.imr.security.CaseAccess;
import org.imr.web.DateRange;
import org.imr.web.Ids;
import org.imr.web.KnownSymbol;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case tracking: {@code GET /cases/{caseNumberOrId}} answers where a case is (status, timeline across every stage,
 * clocks, at risk or not), 404 for a case the topics never mentioned; {@code GET /cases?status=&priority=&dueBefore=&atRisk=&page=&size=}
 * lists them, the next deadline first ({@code dueBefore}: a date, compared with the next running deadline, in the
 * programme's time zone). A reviewer reads only the cases assigned to it: any other is 403, known or not.
 */
@RestController
class CaseTrackingController {

    private final CaseTracking tracking;
    private final ImrCalendar calendar;
    private final CaseAccess access;

    CaseTrackingController(CaseTracking tracking, ImrCalendar calendar, CaseAccess access) {
        this.tracking = tracking;
        this.calendar = calendar;
        this.access = access;
    }

    @GetMapping("/cases/{reference}")
    CaseView find(@PathVariable @Pattern(regexp = Ids.PATH_ID, message = Ids.PATH_ID_RULE) String reference,
            Authentication caller) {
        Optional<CaseView> found = tracking.find(reference);
        // a reviewer learns nothing of a case not assigned to it, not even whether it exists
        if (!access.mayRead(caller, found.map(CaseView::reviewerId).orElse(null))) {
            throw new AccessDeniedException("Not the case's reviewer");
        }
        return found.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No case with this number or id"), null));
    }

    @GetMapping("/cases")
    TrackedCaseReader.Page list(@RequestParam(required = false) Stage status,
            @RequestParam(required = false) @KnownSymbol Priority priority,
            @RequestParam(required = false) @DateRange(from = "2013-01-01") LocalDate dueBefore,
            @RequestParam(required = false) Boolean atRisk,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        CaseFilter filter = CaseFilter.of(status, priority,
                dueBefore == null ? null : dueBefore.atStartOfDay(calendar.zone()).toInstant(), atRisk);
        return tracking.list(filter, page, size);
    }
}
