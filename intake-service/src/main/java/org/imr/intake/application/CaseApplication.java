package org.imr.intake.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.imr.schemas.Priority;
import org.imr.schemas.ServiceType;
import org.imr.schemas.Sex;
import org.imr.web.DateRange;
import org.imr.web.FreeText;

import static org.imr.web.TextInput.NOT_A_FORMULA;
import static org.imr.web.TextInput.NOT_A_FORMULA_RULE;

/**
 * An IMR application (DWC Form IMR) with its case file, as submitted. Clinical fields are PHI.
 * The five fields after the disputed items are what eligibility screening reads: the worker's or representative's signature, when the UR
 * decision was received (when absent, it counts as served by mail on its date), whether it is attached, whether it was
 * "conditionally non-certified", and whether liability is disputed on other grounds. An absent flag is false.
 * The two after them set the statutory clocks: a formulary drug dispute, and records notified electronically.
 *
 * <p>Hostile input: a client never chooses the case number (intake allocates it when the case is received: an
 * application that carries one is refused, so that it can never take over another case's letter); every text and list
 * has a length limit, chosen so that the largest application fits in a record of every topic that carries the case
 * ({@code MaximalApplicationTest}); every date has a plausible range. Texts arrive normalised (see
 * {@code org.imr.web.TextInput}); clinical prose is {@link FreeText}.
 */
public record CaseApplication(
        @NotBlank @Size(max = 64) @Pattern(regexp = NOT_A_FORMULA, message = NOT_A_FORMULA_RULE) String applicationId,
        @Null(message = "is allocated by intake when the application is received; leave it out") String caseNumber,
        @Size(max = 50) String jurisdictionState,
        @NotNull Priority priority,
        @NotNull @PastOrPresent @DateRange(from = IMR_BEGAN) LocalDate applicationReceivedDate,
        @NotNull @PastOrPresent @DateRange(from = IMR_BEGAN) LocalDate urDenialDate,
        @NotNull @PastOrPresent @DateRange(from = EARLIEST_INJURY) LocalDate dateOfInjury,
        @NotNull @Valid Person employee,
        @Valid Person employeeAttorney,
        @NotNull @Valid Person employer,
        @NotNull @Valid Person claimsAdministrator,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Person> treatingProviders,
        @NotNull @Valid Worker worker,
        @FreeText @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 300) String> diagnoses,
        @FreeText @Size(max = 30) List<@NotBlank @Size(max = 500) String> treatmentsToDate,
        @Size(max = 30) List<@Valid @NotNull Study> diagnosticStudies,
        @FreeText @Size(max = 30) List<@NotBlank @Size(max = 500) String> currentComplaints,
        @Min(0) @Max(10) Integer painRating,
        @Valid ProgressNote latestProgressNote,
        @Size(max = 30) List<@Valid @NotNull PriorCourse> priorTreatments,
        @FreeText @Size(max = 20_000) String clinicalSummary,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Item> disputedItems,
        Boolean signed,
        @PastOrPresent @DateRange(from = IMR_BEGAN) LocalDate urDecisionReceivedDate,
        Boolean urDecisionAttached,
        Boolean urDecisionConditionallyNonCertified,
        Boolean liabilityDisputed,
        Boolean formularyDrugDispute,
        Boolean recordsNotifiedElectronically) {

    /**
     * The earliest date of a UR decision, of its receipt and of an application: IMR replaced the medical-necessity
     * dispute process for UR decisions from 2013-01-01 (Labor Code 4610.5, SB 863).
     */
    public static final String IMR_BEGAN = "2013-01-01";

    /** The earliest plausible date of injury (and of a progress note): a worker is at most 100 years old. */
    public static final String EARLIEST_INJURY = "1900-01-01";

    /** Without the formulary and electronic-notice flags (both false). */
    public CaseApplication(String applicationId, String caseNumber, String jurisdictionState, Priority priority,
            LocalDate applicationReceivedDate, LocalDate urDenialDate, LocalDate dateOfInjury, Person employee,
            Person employeeAttorney, Person employer, Person claimsAdministrator, List<Person> treatingProviders,
            Worker worker, List<String> diagnoses, List<String> treatmentsToDate, List<Study> diagnosticStudies,
            List<String> currentComplaints, Integer painRating, ProgressNote latestProgressNote,
            List<PriorCourse> priorTreatments, String clinicalSummary, List<Item> disputedItems, Boolean signed,
            LocalDate urDecisionReceivedDate, Boolean urDecisionAttached, Boolean urDecisionConditionallyNonCertified,
            Boolean liabilityDisputed) {
        this(applicationId, caseNumber, jurisdictionState, priority, applicationReceivedDate, urDenialDate, dateOfInjury,
                employee, employeeAttorney, employer, claimsAdministrator, treatingProviders, worker, diagnoses,
                treatmentsToDate, diagnosticStudies, currentComplaints, painRating, latestProgressNote, priorTreatments,
                clinicalSummary, disputedItems, signed, urDecisionReceivedDate, urDecisionAttached,
                urDecisionConditionallyNonCertified, liabilityDisputed, null, null);
    }

    @AssertTrue(message = "the UR denial cannot precede the date of injury")
    boolean isUrDenialAfterInjury() {
        return urDenialDate == null || dateOfInjury == null || !urDenialDate.isBefore(dateOfInjury);
    }

    @AssertTrue(message = "the application cannot be received before the UR denial it disputes")
    boolean isApplicationAfterUrDenial() {
        return urDenialDate == null || applicationReceivedDate == null || !applicationReceivedDate.isBefore(urDenialDate);
    }

    /** A party: a person or an organisation. Names are PII. */
    public record Person(@NotBlank @Size(max = 200) @Pattern(regexp = NOT_A_FORMULA, message = NOT_A_FORMULA_RULE) String name,
            @Size(max = 200) @Pattern(regexp = NOT_A_FORMULA, message = NOT_A_FORMULA_RULE) String organization,
            @Size(max = 100) @Pattern(regexp = NOT_A_FORMULA, message = NOT_A_FORMULA_RULE) String specialty,
            @Size(max = 500) String mailingAddress, @Size(max = 254) String email) {
    }

    public record Worker(@NotNull @Min(14) @Max(100) Integer age, @NotNull Sex sex) {
    }

    public record Study(@FreeText @NotBlank @Size(max = 300) String name, @Size(max = 100) String performedOn,
            boolean availableForReview) {
    }

    public record ProgressNote(@NotNull @PastOrPresent @DateRange(from = EARLIEST_INJURY) LocalDate date,
            @FreeText @NotBlank @Size(max = 5_000) String plan, @FreeText @Size(max = 10_000) String text) {
    }

    public record PriorCourse(@NotNull ServiceType serviceType, @Size(max = 100) String bodyRegion,
            @Min(0) @Max(1_000) Integer sessionsCompleted, Boolean functionalImprovementDocumented) {
    }

    /** A disputed item as requested: "Occupational therapy, bilateral wrists, 2 x 4". */
    public record Item(@NotBlank @Size(max = 500) String description, @NotNull ServiceType serviceType,
            @Size(max = 100) String bodyRegion, @Min(1) @Max(7) Integer frequencyPerWeek,
            @Min(1) @Max(52) Integer durationWeeks, @Min(1) @Max(10_000) Integer quantity,
            @Size(max = 500) String claimsAdministratorGuideline) {
    }
}
