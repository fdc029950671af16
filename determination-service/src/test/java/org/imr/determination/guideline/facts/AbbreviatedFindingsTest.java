package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.imr.determination.guideline.vocabulary.VocabularyLoader;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Findings of the knowledge base written as records abbreviate them, read as when written out. */
class AbbreviatedFindingsTest {

    private final ClinicalFactFinder finder = new ClinicalFactFinder(new GuidelineKnowledgeBaseLoader().loadDefault()
            .clinicalFacts());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RED_FLAG | She sustained a right distal radius fracture in the fall. | She sustained a right distal radius fx in the fall. | X-rays of the right wrist showed no fx.
            FRACTURE | X-rays showed a fracture of the right fifth metatarsal. | X-rays showed a right fifth metatarsal fx. | X-rays were negative for fx.
            """)
    void anAbbreviatedFindingStatesTheFactAsTheWordDoes(String factId, String written, String abbreviated,
            String negated) {
        assertThat(finder.find(factId, text(written))).isPresent();
        assertThat(finder.find(factId, text(abbreviated))).isPresent();
        assertThat(finder.find(factId, text(negated))).isEmpty();
    }

    private static CaseText text(String summary) {
        DisputedTreatment treatment = new DisputedTreatment(1, "Office visit", ServiceType.UNKNOWN, null, null, null,
                null);
        LocalDate received = LocalDate.of(2017, 1, 9);
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(treatment), received, received.minusDays(20), received);
        return CaseText.of(caseFile, treatment, new VocabularyLoader().loadDefault());
    }
}
