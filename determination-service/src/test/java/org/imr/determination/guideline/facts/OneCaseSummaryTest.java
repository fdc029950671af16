package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.vocabulary.Vocabulary;
import org.imr.determination.guideline.vocabulary.VocabularyLoader;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

/**
 * A clinical summary written all in lower case or all in capitals is read as the same summary in mixed case: the same
 * sentences (a period before a word ends one, unless it ends an abbreviation; a semicolon joins clauses) and so the
 * same decisions. A lower-case summary used to be one sentence, and a capitalised one split at every semicolon. A
 * period written against the next sentence's capital ends a sentence too.
 */
class OneCaseSummaryTest {

    private static final String SUMMARY = "The injured worker was seen for low back pain after a lifting injury on 11-2- "
            + "2016. Examination showed lumbar paraspinal spasm, e.g. on the left, and normal sensation. "
            + "The treatment plan included physical therapy, 2x3. A Request for Authorization was noted for physical "
            + "therapy, 2x3, for lumbar stabilization and home exercise program; manual therapy, modalities and "
            + "physical therapy, 2x3, as tolerated. Utilization Review non-certified physical therapy.";

    private final Vocabulary vocabulary = new VocabularyLoader().loadDefault();
    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @Test
    void aSummaryInOneCaseHasTheSentencesOfTheSameSummaryInMixedCase() {
        List<Integer> mixed = sentenceStarts(SUMMARY);

        assertThat(mixed).hasSize(5);
        assertThat(sentenceStarts(SUMMARY.toLowerCase(Locale.ROOT))).isEqualTo(mixed);
        assertThat(sentenceStarts(SUMMARY.toUpperCase(Locale.ROOT))).isEqualTo(mixed);
    }

    @Test
    void aPeriodWrittenAgainstTheNextSentenceStillEndsASentence() {
        String summary = "She had a post-operative infection.The progress report noted 2.5 mg of the drug, e.g. daily.";

        assertThat(sentenceStarts(summary)).containsExactly(0, summary.indexOf("The progress"));
    }

    @Test
    void aPeriodAfterAWordBeforeACountStartsASentence_notAfterVsOrBeforeAScore() {
        String summary = "He attended 6 therapy sessions with no improvement. 6 additional visits are requested. "
                + "Pain is 4/10 with Norco vs. 8 without it, down from approx. 7 last month. 8/10 at night.";

        assertThat(sentenceStarts(summary)).containsExactly(0, summary.indexOf("6 additional"),
                summary.indexOf("Pain is"));
    }

    @Test
    void aSummaryInOneCaseGetsTheDecisionOfTheSameSummaryInMixedCase() {
        ItemDetermination mixed = decide(SUMMARY);

        for (String oneCase : List.of(SUMMARY.toLowerCase(Locale.ROOT), SUMMARY.toUpperCase(Locale.ROOT))) {
            ItemDetermination decided = decide(oneCase);
            assertThat(decided.outcome()).as(oneCase).isEqualTo(mixed.outcome());
            assertThat(decided.ruleId()).as(oneCase).isEqualTo(mixed.ruleId());
            assertThat(decided.evidence()).extracting(FoundFact::id)
                    .as(oneCase).isEqualTo(mixed.evidence().stream().map(FoundFact::id).toList());
        }
    }

    private List<Integer> sentenceStarts(String summary) {
        return CaseText.of(caseFile(summary), item(), vocabulary).pieces().stream()
                .map(piece -> piece.place().offset())
                .toList();
    }

    private ItemDetermination decide(String summary) {
        return engine.decide(caseFile(summary)).items().getFirst();
    }

    private static CaseFile caseFile(String summary) {
        return new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(), List.of(item()),
                LocalDate.of(2016, 12, 1));
    }

    private static DisputedTreatment item() {
        return new DisputedTreatment(1, "Physical therapy for the lumbar spine 2 times a week for 3 weeks",
                ServiceType.PHYSICAL_THERAPY, null, null, null, null);
    }
}
