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

import org.imr.kafka.Envelopes;
import org.imr.schemas.ReviewerLeave;
import org.imr.schemas.ReviewerLicence;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;

/** A reviewer's profile as operations enter it. The name is confidential: stored on the roster, never logged. */
record ReviewerRequest(
        @NotBlank String name,
        @NotEmpty List<@NotBlank String> specialties,
        @NotEmpty List<@Valid @NotNull LicenceRequest> licences,
        @NotNull @Min(0) @Max(168) Integer weeklyPracticeHours,
        @NotNull @Min(0) @Max(80) Integer yearsInPractice,
        List<@NotBlank String> affiliations,
        @NotNull @Min(1) @Max(500) Integer caseCapacity,
        List<@Valid @NotNull LeaveRequest> leave) {

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
    record LeaveRequest(@NotNull LocalDate start, @NotNull LocalDate end) {

        @AssertTrue(message = "the end of a leave cannot be before its start")
        boolean isEndNotBeforeStart() {
            return start == null || end == null || !end.isBefore(start);
        }
    }

    /** A licence in a US state (full name) with its expiry date, when it has one. */
    record LicenceRequest(@NotBlank String state, LocalDate expires) {
    }
}
