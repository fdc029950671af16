package org.imr.determination.guideline.facts;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.imr.determination.guideline.vocabulary.Vocabulary;
import org.imr.determination.guideline.vocabulary.VocabularyLoader;
import org.imr.schemas.ServiceType;

/** The text of a case file that has only a clinical summary and one item, for tests that read facts from it. */
final class SummaryTexts {

    static final Vocabulary VOCABULARY = new VocabularyLoader().loadDefault();
    /** The knowledge base's facts read as the engine reads them, with the names of the concepts they name. */
    static final ClinicalFactFinder NAMED_FACTS = new ClinicalFactFinder(new GuidelineKnowledgeBaseLoader()
            .loadDefault().clinicalFacts().stream().map(fact -> fact.withConceptNames(VOCABULARY::namesOf)).toList(),
            VOCABULARY);

    private SummaryTexts() {
    }

    /** The summary as read for the item, requested a year after the injury. */
    static CaseText of(String summary, String item) {
        DisputedTreatment treatment = new DisputedTreatment(1, item, ServiceType.UNKNOWN, null, null, null, null);
        LocalDate received = LocalDate.of(2017, 1, 9);
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(treatment), received, received.minusYears(1), received);
        return CaseText.of(caseFile, treatment, VOCABULARY);
    }
}
