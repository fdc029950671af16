package org.imr.assignment.roster.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.imr.kafka.Envelopes;
import org.imr.schemas.ReviewerLeave;
import org.imr.schemas.ReviewerLicence;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;
import org.imr.web.DateRange;

import static org.imr.web.TextInput.NOT_A_FORMULA;
import static org.imr.web.TextInput.NOT_A_FORMULA_RULE;

/**
 * A reviewer's profile as operations enter it. The name is confidential: stored on the roster, never logged. Every
 * text and list has a length limit (a profile always fits in a roster record) and every date a plausible range.
 */
record ReviewerRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = NOT_A_FORMULA, message = NOT_A_FORMULA_RULE) String name,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = NOT_A_FORMULA,
                message = NOT_A_FORMULA_RULE) String> specialties,
        @NotEmpty @Size(max = 60) List<@Valid @NotNull LicenceRequest> licences,
        @NotNull @Min(0) @Max(168) Integer weeklyPracticeHours,
        @NotNull @Min(0) @Max(80) Integer yearsInPractice,
        @Size(max = 100) List<@NotBlank @Size(max = 200) @Pattern(regexp = NOT_A_FORMULA,
                message = NOT_A_FORMULA_RULE) String> affiliations,
        @NotNull @Min(1) @Max(500) Integer caseCapacity,
        @Size(max = 100) List<@Valid @NotNull LeaveRequest> leave) {

    /** The plausible range of a roster date (a leave, a licence's expiry). */
    static final String EARLIEST = "2000-01-01";
    static final String LATEST = "2100-12-31";

    ReviewerRosterChanged toEvent(String reviewerId, ReviewerStatus status, Envelopes envelopes) {
        return ReviewerRosterChanged.newBuilder()
                .setEnvelope(envelopes.forRoster())
                .setReviewerId(reviewerId)
                .setName(name)
                .setSpecialties(specialties)
                .setLicensureStates(licences.stream().map(LicenceRequest::state).distinct().toList())
                .setLicences(licences.stream().map(l -> new ReviewerLicence(l.state(), l.expires())).toList())
                .setWeeklyPracticeHours(weeklyPracticeHours)
                .setYearsInPractice(yearsInPractice)
                .setAffiliations(affiliations == null ? List.of() : affiliations)
                .setStatus(status)
                .setCaseCapacity(caseCapacity)
                .setLeave(leave == null ? List.of() : leave.stream().map(l -> new ReviewerLeave(l.start(), l.end())).toList())
                .build();
    }

    /** A period of leave, its first and last days. */
    record LeaveRequest(@NotNull @DateRange(from = EARLIEST, to = LATEST) LocalDate start,
            @NotNull @DateRange(from = EARLIEST, to = LATEST) LocalDate end) {

        @AssertTrue(message = "the end of a leave cannot be before its start")
        boolean isEndNotBeforeStart() {
            return start == null || end == null || !end.isBefore(start);
        }
    }

    /** A licence in a US state (full name) with its expiry date, when it has one. */
    record LicenceRequest(@NotBlank @Size(max = 50) String state,
            @DateRange(from = EARLIEST, to = LATEST) LocalDate expires) {
    }
}
