package org.imr.determination.signoff;

import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.ItemDecision;

/**
 * The reviewer's decision on one item, as signed. {@link #toString()} leaves out the rationale (clinical text).
 *
 * @param itemNumber the item, from 1
 * @param outcome    upheld or overturned
 * @param citation   the guideline the decision rests on
 * @param rationale  the rationale (PHI)
 */
public record ItemEdit(int itemNumber, DecisionOutcome outcome, String citation, String rationale) {

    public ItemEdit {
        citation = normalized(citation);
        rationale = normalized(rationale);
    }

    /** Whether this says what the draft's decision says (line endings and surrounding blanks aside). */
    public boolean keeps(ItemDecision drafted) {
        return outcome == drafted.getOutcome()
                && citation.equals(normalized(drafted.getGuidelineCitation()))
                && rationale.equals(normalized(drafted.getRationale()));
    }

    /** Browsers send a text area's lines with CRLF; leading and trailing blanks are no decision. */
    private static String normalized(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    @Override
    public String toString() {
        return "ItemEdit[itemNumber=" + itemNumber + ", outcome=" + outcome + "]";
    }
}
