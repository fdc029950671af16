package org.imr.determination.signoff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DraftItem;

/**
 * What a signature needs: a decision on every item of the draft, each Upheld or Overturned (an item the engine referred
 * to the expert reviewer is decided now), with the guideline it rests on and a rationale.
 */
final class ItemEditCheck {

    private ItemEditCheck() {
    }

    /** What is missing, by item number; empty when the edits can be signed. */
    static Map<Integer, String> problems(DeterminationDrafted draft, List<ItemEdit> edits) {
        Map<Integer, ItemEdit> byItem = edits.stream()
                .collect(Collectors.toMap(ItemEdit::itemNumber, Function.identity(), (first, second) -> first));
        Map<Integer, String> problems = new LinkedHashMap<>();
        for (DraftItem item : draft.getItems()) {
            int number = item.getDecision().getItemNumber();
            ItemEdit edit = byItem.get(number);
            if (edit == null) {
                problems.put(number, "No decision on this item.");
            } else if (edit.outcome() != DecisionOutcome.UPHELD && edit.outcome() != DecisionOutcome.OVERTURNED) {
                problems.put(number, "Decide the item: Upheld or Overturned.");
            } else if (edit.citation().isEmpty()) {
                problems.put(number, "Name the guideline the decision rests on.");
            } else if (edit.rationale().isEmpty()) {
                problems.put(number, "Give the rationale.");
            }
        }
        return problems;
    }
}
