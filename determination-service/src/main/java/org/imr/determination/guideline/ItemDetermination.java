package org.imr.determination.guideline;

import java.util.List;
import java.util.Objects;
import org.imr.determination.guideline.facts.FoundFact;

/**
 * The decision on one disputed item. {@link #toString()} leaves out the rationale, which holds clinical text.
 *
 * @param itemNumber        1-based position of the item in the application
 * @param itemDescription   the item as requested
 * @param outcome           the decision
 * @param guidelineCitation the guideline as the letter prints it after "Decision based on ", without the final period
 * @param rationale         plain-language rationale
 * @param ruleId            id of the guideline rule that decided, or null when no rule covers the item
 * @param ruleVersion       version of that rule, or null when no rule covers the item
 * @param evidence          the facts the rule used and where the case file states them
 */
public record ItemDetermination(
        int itemNumber,
        String itemDescription,
        Outcome outcome,
        String guidelineCitation,
        String rationale,
        String ruleId,
        String ruleVersion,
        List<FoundFact> evidence) {

    public ItemDetermination(int itemNumber, String itemDescription, Outcome outcome, String guidelineCitation,
            String rationale, String ruleId, String ruleVersion) {
        this(itemNumber, itemDescription, outcome, guidelineCitation, rationale, ruleId, ruleVersion, null);
    }

    public ItemDetermination {
        Objects.requireNonNull(itemDescription, "itemDescription");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(guidelineCitation, "guidelineCitation");
        Objects.requireNonNull(rationale, "rationale");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String toString() {
        return "ItemDetermination[itemNumber=" + itemNumber + ", outcome=" + outcome
                + ", ruleId=" + ruleId + ", ruleVersion=" + ruleVersion + "]";
    }
}
