package org.imr.notification.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The structured facts of a case from which {@link ClinicalSummaryComposer} writes the clinical case
 * summary when the case file supplies no free-text summary. Every fact may be missing: null values,
 * null lists and blank entries are left out of the summary. All of it is PHI: never log it.
 *
 * @param age                  the worker's age in years; null (or not positive) when unknown
 * @param sex                  "male" or "female" in any letter case; null, blank or "unknown" when unknown
 * @param dateOfInjury         the date of the industrial injury
 * @param diagnoses            the current diagnoses, e.g. "bilateral carpal tunnel syndrome"
 * @param treatmentsToDate     e.g. "medications", "a home exercise program"
 * @param diagnosticStudies    the diagnostic studies named in the records
 * @param currentComplaints    e.g. "lower back and bilateral hand pain"
 * @param painRating           0-10 on the visual analogue scale; null when not rated
 * @param progressNoteDate     the date of the latest progress note of the treating provider
 * @param planOfCare           the plan of care that progress note reports
 * @param requestedTreatments  the disputed items as they should read in a sentence
 * @param priorTherapyReceived whether the records show any prior course of therapy; null when they do not say
 */
public record ClinicalSummaryFacts(
        Integer age,
        String sex,
        LocalDate dateOfInjury,
        List<String> diagnoses,
        List<String> treatmentsToDate,
        List<DiagnosticStudyFact> diagnosticStudies,
        List<String> currentComplaints,
        Integer painRating,
        LocalDate progressNoteDate,
        String planOfCare,
        List<String> requestedTreatments,
        Boolean priorTherapyReceived) {

    public ClinicalSummaryFacts {
        sex = TextPreconditions.blankToNull(sex);
        diagnoses = texts(diagnoses);
        treatmentsToDate = texts(treatmentsToDate);
        diagnosticStudies = diagnosticStudies == null
                ? List.of()
                : diagnosticStudies.stream().filter(Objects::nonNull).toList();
        currentComplaints = texts(currentComplaints);
        planOfCare = TextPreconditions.blankToNull(planOfCare);
        requestedTreatments = texts(requestedTreatments);
    }

    private static List<String> texts(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .map(TextPreconditions::blankToNull)
                .filter(Objects::nonNull)
                .toList();
    }
}
