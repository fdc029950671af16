package org.imr.replay.evaluation;

/**
 * The pipeline's decision on one item, as the determination event carries it.
 *
 * @param itemNumber 1-based position of the item
 * @param outcome    the decision
 * @param citation   the guideline citation
 * @param rationale  the rationale
 */
public record DecidedItem(int itemNumber, PredictedOutcome outcome, String citation, String rationale) {

    @Override
    public String toString() {
        return "DecidedItem[" + itemNumber + ", " + outcome + "]";
    }
}
