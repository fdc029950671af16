package org.imr.replay.metamorphic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.replay.application.ServiceTypeClassifier;
import org.imr.replay.evaluation.LetterSplit;
import org.imr.replay.letter.LetterFolder;
import org.imr.replay.letter.PublishedLetter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic test of the reading of the clinical summary: every development letter's summary, with every word of
 * one kind written as the notes also write it ("tx" for "therapy", "PT" for "physical therapy", "s/p" for "status
 * post", "Pt" for "the injured worker", "ROM", "TTP", "SLR", "h/o", "UR", "bilat", "+" for "positive", "neg" for
 * "negative", "discomfort" for "pain", "w/o" for "without", "injured worker" for "patient"; "R", "L", "wks", "w/", "hx",
 * "LBP", "inj", "dx", "sx", "yrs", "mos", "tabs", "x", "&", "C-spine", "claimant" and their like), gets the same outcome by
 * the same rule for every item. A failure names the item only for the fitting part; for the check part it gives the
 * case number and item number, never the item (see {@link LetterSplit}).
 */
class RewordedSummariesTest {

    /** A word of the summaries and how clinical notes also write it. */
    private static final Map<String, String> NOTE_WORDINGS = Map.ofEntries(Map.entry("therapy", "tx"),
            Map.entry("pain", "discomfort"), Map.entry("without", "w/o"), Map.entry("patient", "injured worker"),
            Map.entry("physical therapy", "PT"), Map.entry("status post", "s/p"), Map.entry("range of motion", "ROM"),
            Map.entry("tenderness to palpation", "TTP"), Map.entry("straight leg raise", "SLR"),
            Map.entry("activities of daily living", "ADLs"), Map.entry("home exercise program", "HEP"),
            Map.entry("history of", "h/o"), Map.entry("utilization review", "UR"), Map.entry("complains of", "c/o"),
            Map.entry("lower extremity", "LE"), Map.entry("upper extremity", "UE"), Map.entry("bilateral", "bilat"),
            Map.entry("follow-up", "f/u"), Map.entry("medications", "meds"), Map.entry("positive", "+"),
            Map.entry("the injured worker", "Pt"), Map.entry("negative", "neg"),
            Map.entry("right", "R"), Map.entry("left", "L"), Map.entry("weeks", "wks"), Map.entry("with", "w/"),
            Map.entry("history", "hx"), Map.entry("low back pain", "LBP"), Map.entry("injection", "inj"),
            Map.entry("sessions", "visits"), Map.entry("reports", "states"), Map.entry("years", "yrs"),
            Map.entry("months", "mos"), Map.entry("diagnosis", "dx"), Map.entry("symptoms", "sx"),
            Map.entry("examination", "exam"), Map.entry("injured worker", "claimant"), Map.entry("treatment", "tx"),
            Map.entry("tablets", "tabs"), Map.entry("decreased", "diminished"), Map.entry("medication", "med"),
            Map.entry("magnetic resonance imaging", "MRI"), Map.entry("and", "&"),
            Map.entry("times", "x"), Map.entry("approximately", "approx."),
            Map.entry("cervical spine", "C-spine"), Map.entry("lumbar spine", "L-spine"));

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();
    private final ServiceTypeClassifier serviceTypes = ServiceTypeClassifier.fromClasspath();

    @Test
    void everySummaryWithAWordWrittenAsTheNotesAlsoWriteItGetsTheSameDecisions() {
        Path folder = DevelopmentLetters.folder().orElse(null);
        Assumptions.assumeTrue(folder != null, "the development letters (shared/imr-letters/dev) are not beside the checkout");
        List<String> changed = new ArrayList<>();
        for (PublishedLetter letter : LetterFolder.read(folder).letters()) {
            List<ItemDetermination> original = decide(letter, UnaryOperator.identity());
            for (Map.Entry<String, String> wording : NOTE_WORDINGS.entrySet()) {
                Pattern word = Pattern.compile("\\b" + wording.getKey() + "\\b", Pattern.CASE_INSENSITIVE);
                List<ItemDetermination> reworded = decide(letter,
                        summary -> word.matcher(summary).replaceAll(wording.getValue()));
                for (int index = 0; index < original.size(); index++) {
                    ItemDetermination expected = original.get(index);
                    ItemDetermination decided = reworded.get(index);
                    if (decided.outcome() != expected.outcome() || !Objects.equals(decided.ruleId(), expected.ruleId())) {
                        changed.add(describe(letter, index, wording.getValue(), expected, decided));
                    }
                }
            }
        }
        assertThat(changed).as("items whose decision changed with a word of the summary written another way").isEmpty();
    }

    private List<ItemDetermination> decide(PublishedLetter letter, UnaryOperator<String> summaryWording) {
        CaseFile caseFile = DevelopmentLetters.caseFile(letter, serviceTypes, (index, description) -> description,
                summaryWording);
        return engine.decide(caseFile).items();
    }

    private static String describe(PublishedLetter letter, int index, String written, ItemDetermination expected,
            ItemDetermination decided) {
        String where = letter.caseNumber() + " item " + (index + 1) + " (\"" + written + "\"): " + expected.outcome()
                + " by " + expected.ruleId() + " became " + decided.outcome() + " by " + decided.ruleId();
        return LetterSplit.partOf(letter.caseNumber()) == LetterSplit.Part.FITTING
                ? where + " | " + letter.items().get(index).description()
                : where;
    }
}
