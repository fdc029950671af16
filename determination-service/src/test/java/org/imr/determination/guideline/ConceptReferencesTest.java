package org.imr.determination.guideline;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.ArrayList;
import java.util.List;
import org.imr.determination.guideline.knowledge.ClinicalFactDefinition;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBase;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.imr.determination.guideline.knowledge.TermsWithCues;
import org.junit.jupiter.api.Test;

/** The engine refuses a knowledge base whose facts name a concept the vocabulary does not define, saying which. */
class ConceptReferencesTest {

    private final GuidelineKnowledgeBase knowledgeBase = new GuidelineKnowledgeBaseLoader().loadDefault();

    @Test
    void theKnowledgeBaseNamesOnlyConceptsTheVocabularyDefines() {
        assertThatNoException().isThrownBy(() -> new DeterminationEngine(knowledgeBase));
    }

    @Test
    void aTermNamedByAnUnknownConceptIsRefused() {
        ClinicalFactDefinition fact = new ClinicalFactDefinition("TRIED_A_DRUG", "a drug tried", List.of("tried a drug"), List.of(),
                null, null, null, null, null, List.of(), null,
                List.of(new TermsWithCues(List.of("drug"), List.of("tried"), List.of("no-such-class"))), null, null, null, null, null, null, null, null);

        assertThatIllegalArgumentException().isThrownBy(() -> new DeterminationEngine(withFact(fact)))
                .withMessageContaining("clinical fact TRIED_A_DRUG: no-such-class");
    }

    @Test
    void aFactNamedByAnUnknownConceptIsRefused() {
        ClinicalFactDefinition fact = new ClinicalFactDefinition("TAKES_A_DRUG", "a drug taken", List.of("takes a drug"), List.of(),
                null, null, null, null, null, List.of("no-such-drug"), null, List.of(), null, null, null, null, null, null, null, null);

        assertThatIllegalArgumentException().isThrownBy(() -> new DeterminationEngine(withFact(fact)))
                .withMessageContaining("clinical fact TAKES_A_DRUG: no-such-drug");
    }

    private GuidelineKnowledgeBase withFact(ClinicalFactDefinition fact) {
        List<ClinicalFactDefinition> facts = new ArrayList<>(knowledgeBase.clinicalFacts());
        facts.add(fact);
        return new GuidelineKnowledgeBase(knowledgeBase.knowledgeBaseVersion(), knowledgeBase.uncoveredService(),
                knowledgeBase.ancillaryServices(), knowledgeBase.partiallyAuthorizedCourses(),
                knowledgeBase.defaultRationaleTemplates(), knowledgeBase.rules(), facts);
    }
}
