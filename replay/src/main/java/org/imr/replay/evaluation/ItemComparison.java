package org.imr.replay.evaluation;

/**
 * One replayed item: the real letter's decision beside the pipeline's.
 *
 * @param caseNumber         the letter's case number
 * @param itemNumber         1-based position of the item in the letter
 * @param description        the item as the letter prints it
 * @param realOverturned     whether the real reviewer overturned the UR denial
 * @param realCitation       the letter's MAXIMUS guideline line
 * @param realRationale      the letter's decision rationale
 * @param predicted          the pipeline's outcome
 * @param predictedCitation  the pipeline's guideline citation, empty when none
 * @param predictedRationale the pipeline's rationale, empty when none
 */
public record ItemComparison(
        String caseNumber,
        int itemNumber,
        String description,
        boolean realOverturned,
        String realCitation,
        String realRationale,
        PredictedOutcome predicted,
        String predictedCitation,
        String predictedRationale) {

    public boolean outcomeAgrees() {
        return realOverturned ? predicted == PredictedOutcome.OVERTURNED : predicted == PredictedOutcome.UPHELD;
    }

    /** The first citation of both lines is the same text, spacing and case aside (stricter than agreeing). */
    public boolean citationIdentical() {
        return CitationKey.of(realCitation).equals(CitationKey.of(predictedCitation));
    }

    /** Both lines cite the same guideline and section ({@link CitationMatch}). */
    public boolean citationAgrees() {
        return CitationMatch.agrees(realCitation, predictedCitation);
    }

    @Override
    public String toString() {
        return "ItemComparison[" + caseNumber + " #" + itemNumber + ", real overturned=" + realOverturned
                + ", predicted=" + predicted + "]";
    }
}
