package org.imr.notification.letter;

/** The decision printed after a disputed item, as in "Occupational therapy, bilateral wrists, 2 x 4: Overturned". */
public enum LetterDecision {

    /** The utilization-review denial stands: the item is not medically necessary. */
    UPHELD("Upheld"),
    /** The item is medically necessary and must be authorised. */
    OVERTURNED("Overturned"),
    /** No guideline rule covers the item: the expert reviewer decides it. */
    REFERRED_TO_EXPERT_REVIEWER("Referred to expert reviewer");

    private final String label;

    LetterDecision(String label) {
        this.label = label;
    }

    /** The wording printed on the letter. */
    public String label() {
        return label;
    }
}
