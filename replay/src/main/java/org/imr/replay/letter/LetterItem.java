package org.imr.replay.letter;

/**
 * One disputed item of a published letter with the real reviewer's decision.
 *
 * @param description       the item as printed before ": Upheld" or ": Overturned"
 * @param overturned        whether the real decision was Overturned
 * @param maximusGuideline  the MAXIMUS guideline line without its label, e.g. "Decision based on MTUS ..."; empty
 *                          when the letter prints none
 * @param rationale         the decision rationale, whitespace collapsed
 */
public record LetterItem(String description, boolean overturned, String maximusGuideline, String rationale) {

    public String decision() {
        return overturned ? "Overturned" : "Upheld";
    }

    @Override
    public String toString() {
        return "LetterItem[" + decision() + "]";
    }
}
