package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.determination.guideline.text.CharSpan;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

/** Each fact a decision used points at the words of the case file that state it. */
class EvidenceLocationTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @Test
    void aFactInTheSecondSentencePointsAtItsWordsInTheWholeSummary() {
        String summary = "The injured worker has facet arthropathy of the lumbar spine. Pain persisted despite "
                + "conservative care including physical therapy.";
        ItemDetermination item = decide(summary, "Lumbar facet injection L4-5", ServiceType.FACET_INJECTION);

        assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(item.evidence()).isNotEmpty().allSatisfy(fact -> {
            TextLocation location = fact.location();
            assertThat(location.section()).isEqualTo(CaseFileSection.CLINICAL_SUMMARY);
            String words = summary.substring(location.start(), location.end());
            assertThat(NormalizedText.of(words).words()).isNotEmpty();
            assertThat(words).doesNotStartWith(" ").doesNotEndWith(" ");
            int secondSentence = summary.indexOf("Pain persisted");
            assertThat(location.start() >= secondSentence).isEqualTo(fact.where().endsWith("sentence 2"));
        });
        assertThat(item.evidence()).anySatisfy(fact -> assertThat(fact.where()).isEqualTo("clinical summary, sentence 2"));
    }

    @Test
    void theConditionOfAVisitLimitPointsAtTheDiagnosisThatPutsItInItsCategory() {
        List<String> diagnoses = List.of("low back pain", "bilateral carpal tunnel syndrome");
        CaseFile caseFile = new CaseFile(diagnoses, List.of(), List.of("bilateral hand pain"), null, null, null, null,
                List.of(), List.of(new DisputedTreatment(1, "Occupational therapy, bilateral wrists, 2 x 4",
                        ServiceType.OCCUPATIONAL_THERAPY, "bilateral wrists", 2, 4, null)), LocalDate.of(2015, 6, 25));

        ItemDetermination item = engine.decide(caseFile).items().getFirst();

        assertThat(item.evidence()).first().satisfies(condition -> {
            assertThat(condition.location().section()).isEqualTo(CaseFileSection.DIAGNOSES);
            assertThat(condition.location().entry()).isEqualTo(1);
            assertThat(diagnoses.get(1).substring(condition.location().start(), condition.location().end()))
                    .isEqualTo("carpal tunnel");
        });
    }

    @Test
    void aServiceThatFollowsItsProcedureRestsOnAFactOutsideTheText() {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null,
                "The injured worker complains of shoulder pain.", List.of(),
                List.of(new DisputedTreatment(1, "Right shoulder arthroscopy", ServiceType.SURGERY, null, null, null, null),
                        new DisputedTreatment(2, "Pre-operative CBC", ServiceType.OTHER, null, null, null, null)),
                LocalDate.of(2016, 12, 1));

        ItemDetermination test = engine.decide(caseFile).items().get(1);

        assertThat(test.evidence()).singleElement().satisfies(fact -> {
            assertThat(fact.location()).isNull();
            assertThat(fact.where()).isEqualTo("item 1 of the application");
        });
    }

    @Test
    void wordsAreFoundAgainInTheirTextWhateverTheSeparators() {
        String text = "Sprain/strain, L-spine";

        assertThat(CharSpan.ofWords(text, 1, 2)).isEqualTo(new CharSpan(7, 13));
        assertThat(CharSpan.ofWords(text, 2, 4)).isEqualTo(new CharSpan(15, 22));
        assertThat(CharSpan.ofWords("SLR +, reflexes 2+", 0, 2)).as("a plus for positive is a word, a grade's is not")
                .isEqualTo(new CharSpan(0, 5));
        assertThat(CharSpan.ofWords("SLR +, reflexes 2+", 2, 4)).isEqualTo(new CharSpan(7, 17));
        assertThat(CharSpan.ofWords("\u0130stanbul", 0, 1)).as("lower case changes the length").isEqualTo(new CharSpan(0, 8));
    }

    private ItemDetermination decide(String summary, String description, ServiceType type) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, description, type, null, null, null, null)), LocalDate.of(2016, 12, 1));
        return engine.decide(caseFile).items().getFirst();
    }
}
