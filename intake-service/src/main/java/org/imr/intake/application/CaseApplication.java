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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.imr.schemas.Priority;
import org.imr.schemas.ServiceType;
import org.imr.schemas.Sex;

/**
 * An IMR application (DWC Form IMR) with its case file, as submitted. Clinical fields are PHI.
 * The five fields after the disputed items are what eligibility screening reads: the worker's or representative's signature, when the UR
 * decision was received (when absent, it counts as served by mail on its date), whether it is attached, whether it was
 * "conditionally non-certified", and whether liability is disputed on other grounds. An absent flag is false.
 * The two after them set the statutory clocks: a formulary drug dispute, and records notified electronically.
 */
public record CaseApplication(
        @NotBlank @Size(max = 64) String applicationId,
        @Pattern(regexp = "CM\\d{2}-\\d{7}", message = "must look like CM16-0213037") String caseNumber,
        String jurisdictionState,
        @NotNull Priority priority,
        @NotNull @PastOrPresent LocalDate applicationReceivedDate,
        @NotNull @PastOrPresent LocalDate urDenialDate,
        @NotNull @PastOrPresent LocalDate dateOfInjury,
        @NotNull @Valid Person employee,
        @Valid Person employeeAttorney,
        @NotNull @Valid Person employer,
        @NotNull @Valid Person claimsAdministrator,
        @NotEmpty List<@Valid @NotNull Person> treatingProviders,
        @NotNull @Valid Worker worker,
        @NotEmpty List<@NotBlank String> diagnoses,
        List<@NotBlank String> treatmentsToDate,
        List<@Valid @NotNull Study> diagnosticStudies,
        List<@NotBlank String> currentComplaints,
        @Min(0) @Max(10) Integer painRating,
        @Valid ProgressNote latestProgressNote,
        List<@Valid @NotNull PriorCourse> priorTreatments,
        @Size(max = 20_000) String clinicalSummary,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Item> disputedItems,
        Boolean signed,
        @PastOrPresent LocalDate urDecisionReceivedDate,
        Boolean urDecisionAttached,
        Boolean urDecisionConditionallyNonCertified,
        Boolean liabilityDisputed,
        Boolean formularyDrugDispute,
        Boolean recordsNotifiedElectronically) {

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
    public record Person(@NotBlank @Size(max = 200) String name, String organization, String specialty,
            String mailingAddress, String email) {
    }

    public record Worker(@NotNull @Min(14) @Max(100) Integer age, @NotNull Sex sex) {
    }

    public record Study(@NotBlank String name, String performedOn, boolean availableForReview) {
    }

    public record ProgressNote(@NotNull @PastOrPresent LocalDate date, @NotBlank String plan, String text) {
    }

    public record PriorCourse(@NotNull ServiceType serviceType, String bodyRegion, @Min(0) Integer sessionsCompleted,
            Boolean functionalImprovementDocumented) {
    }

    /** A disputed item as requested: "Occupational therapy, bilateral wrists, 2 x 4". */
    public record Item(@NotBlank @Size(max = 500) String description, @NotNull ServiceType serviceType, String bodyRegion,
            @Min(1) @Max(7) Integer frequencyPerWeek, @Min(1) @Max(52) Integer durationWeeks, @Min(1) Integer quantity,
            String claimsAdministratorGuideline) {
    }
}
