package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
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
        return SummaryTexts.of(summary, "Office visit");
    }
}
