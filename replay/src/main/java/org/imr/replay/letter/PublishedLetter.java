package org.imr.replay.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * What a published Final Determination letter says. The clinical summary, the rationales and the dates are PHI:
 * {@link #toString()} prints the case number and item count only.
 *
 * @param caseNumber          "CM16-0213037"
 * @param dateAssigned        date the case was assigned to the reviewer
 * @param dateOfInjury        date of injury
 * @param decisionDate        date of the decision
 * @param urDenialDate        date of the utilization-review denial
 * @param priority            "Standard" or "Expedited" as printed
 * @param applicationReceived date the application was received
 * @param clinicalSummary     the clinical case summary, without the letter's introductory sentence
 * @param items               the disputed items with the real decisions
 */
public record PublishedLetter(
        String caseNumber,
        LocalDate dateAssigned,
        LocalDate dateOfInjury,
        LocalDate decisionDate,
        LocalDate urDenialDate,
        String priority,
        LocalDate applicationReceived,
        String clinicalSummary,
        List<LetterItem> items) {

    public PublishedLetter {
        items = List.copyOf(items);
    }

    @Override
    public String toString() {
        return "PublishedLetter[" + caseNumber + ", items=" + items.size() + "]";
    }
}
