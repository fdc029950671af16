package org.imr.replay.metamorphic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.vocabulary.VocabularyLoader;
import org.imr.replay.application.ServiceTypeClassifier;
import org.imr.replay.evaluation.LetterSplit;
import org.imr.replay.letter.LetterFolder;
import org.imr.replay.letter.PublishedLetter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic test of the determination engine: every item of every development letter, reworded at least five ways
 * by {@link Rewordings}, gets the same outcome by the same rule as written in the letter. The structured service type
 * stays that of the original wording, as the request form carries it whatever the description says. A failure names
 * the item only for the fitting part; for the check part it gives the case number, item number and the rewording, never
 * the item (its items are held out, see {@link LetterSplit}).
 */
class RewordedItemsTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();
    private final ServiceTypeClassifier serviceTypes = ServiceTypeClassifier.fromClasspath();
    private final Rewordings rewordings = new Rewordings(new VocabularyLoader().loadDefault());

    @Test
    void everyDevelopmentItemRewordedFiveWaysGetsTheSameOutcomeByTheSameRule() {
        Path folder = DevelopmentLetters.folder().orElse(null);
        Assumptions.assumeTrue(folder != null, "the development letters (shared/imr-letters/dev) are not beside the checkout");
        List<String> changed = new ArrayList<>();
        int reworded = 0;
        for (PublishedLetter letter : LetterFolder.read(folder).letters()) {
            List<ItemDetermination> original = decide(letter, Function.identity(), -1);
            for (int index = 0; index < letter.items().size(); index++) {
                Map<String, String> variants = rewordings.of(letter.items().get(index).description());
                if (variants.size() < 5) {
                    changed.add(letter.caseNumber() + " item " + (index + 1) + ": only " + variants.size() + " rewordings");
                }
                for (Map.Entry<String, String> variant : variants.entrySet()) {
                    reworded++;
                    ItemDetermination decided = decide(letter, description -> variant.getValue(), index).get(index);
                    ItemDetermination expected = original.get(index);
                    if (decided.outcome() != expected.outcome() || !java.util.Objects.equals(decided.ruleId(), expected.ruleId())) {
                        changed.add(describe(letter, index, variant, expected, decided));
                    }
                }
            }
        }
        assertThat(reworded).isGreaterThan(1_500);
        assertThat(changed).as("items whose rewording changed the outcome or the rule").isEmpty();
    }

    private List<ItemDetermination> decide(PublishedLetter letter, Function<String, String> reword, int rewordedIndex) {
        CaseFile caseFile = DevelopmentLetters.caseFile(letter, serviceTypes,
                (index, description) -> index == rewordedIndex ? reword.apply(description) : description,
                UnaryOperator.identity());
        return engine.decide(caseFile).items();
    }

    private static String describe(PublishedLetter letter, int index, Map.Entry<String, String> variant,
            ItemDetermination expected, ItemDetermination decided) {
        String where = letter.caseNumber() + " item " + (index + 1) + " (" + variant.getKey() + "): "
                + expected.outcome() + " by " + expected.ruleId() + " became " + decided.outcome() + " by "
                + decided.ruleId();
        return LetterSplit.partOf(letter.caseNumber()) == LetterSplit.Part.FITTING
                ? where + " | " + letter.items().get(index).description() + " -> " + variant.getValue()
                : where;
    }
}
