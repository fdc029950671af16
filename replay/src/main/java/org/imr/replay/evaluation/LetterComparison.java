package org.imr.replay.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imr.replay.letter.LetterItem;
import org.imr.replay.letter.PublishedLetter;

/** Puts the pipeline's decisions on a letter's items beside the letter's real decisions, item by item. */
public final class LetterComparison {

    private LetterComparison() {
    }

    /** {@code decided} empty when no determination came back for the letter's case. */
    public static List<ItemComparison> compare(PublishedLetter letter, List<DecidedItem> decided) {
        Map<Integer, DecidedItem> byNumber = decided.stream()
                .collect(Collectors.toMap(DecidedItem::itemNumber, Function.identity(), (first, second) -> first));
        List<ItemComparison> comparisons = new ArrayList<>();
        for (int index = 0; index < letter.items().size(); index++) {
            LetterItem real = letter.items().get(index);
            DecidedItem pipeline = byNumber.get(index + 1);
            comparisons.add(new ItemComparison(letter.caseNumber(), index + 1, real.description(), real.overturned(),
                    real.maximusGuideline(), real.rationale(),
                    pipeline == null ? PredictedOutcome.NONE : pipeline.outcome(),
                    pipeline == null ? "" : pipeline.citation(),
                    pipeline == null ? "" : pipeline.rationale()));
        }
        return comparisons;
    }
}
