package org.imr.notification.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content of an IMR Final Determination letter: everything {@link LetterRenderer} prints.
 * Clinical text (summary, rationales) is protected health information: never log it.
 *
 * @param caseNumber          e.g. CM16-0213037
 * @param dateAssigned        the date the case was assigned to the review organisation
 * @param dateOfInjury        the worker's date of injury
 * @param decisionDate        the date of this determination
 * @param urDenialDate        the date of the utilization-review denial
 * @param applicationReceived the date the IMR application was received
 * @param priority            "Standard" or "Expedited"
 * @param organisation        the review organisation issuing the letter
 * @param reviewer            the expert reviewer's licensure and specialty (never the name)
 * @param clinicalSummary     the body of the CLINICAL CASE SUMMARY; paragraphs separated by a blank line
 * @param items               the disputed items in the order of the application; at least one
 */
public record FinalDeterminationLetter(
        String caseNumber,
        LocalDate dateAssigned,
        LocalDate dateOfInjury,
        LocalDate decisionDate,
        LocalDate urDenialDate,
        LocalDate applicationReceived,
        String priority,
        ReviewOrganisation organisation,
        ExpertReviewerCredentials reviewer,
        String clinicalSummary,
        List<DisputedItemDecision> items) {

    public FinalDeterminationLetter {
        caseNumber = TextPreconditions.requireText(caseNumber, "caseNumber");
        Objects.requireNonNull(dateAssigned, "dateAssigned is required");
        Objects.requireNonNull(dateOfInjury, "dateOfInjury is required");
        Objects.requireNonNull(decisionDate, "decisionDate is required");
        Objects.requireNonNull(urDenialDate, "urDenialDate is required");
        Objects.requireNonNull(applicationReceived, "applicationReceived is required");
        priority = TextPreconditions.requireText(priority, "priority");
        Objects.requireNonNull(organisation, "organisation is required");
        Objects.requireNonNull(reviewer, "reviewer is required");
        clinicalSummary = TextPreconditions.requireText(clinicalSummary, "clinicalSummary");
        items = List.copyOf(Objects.requireNonNull(items, "items are required"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a letter decides at least one disputed item");
        }
    }
}
