package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * What the services associated with a surgery are decided by, read in the notes' wordings as in the letters': the
 * comorbidities that call for tests before surgery (ODG Low Back, Preoperative electrocardiogram, Preoperative lab
 * testing) and the minor outpatient procedure that does not.
 */
class SurgicalServicesFactsTest {

    private static final ClinicalFactFinder FINDER = new ClinicalFactFinder(
            new GuidelineKnowledgeBaseLoader().loadDefault().clinicalFacts().stream()
                    .map(fact -> fact.withConceptNames(SummaryTexts.VOCABULARY::namesOf)).toList(),
            SummaryTexts.VOCABULARY);

    @Test
    void cardiacRiskFactorsWrittenAsNotesAbbreviateThem() {
        for (String summary : List.of("62 y/o w/ HTN and DM2; R TKA authorized.", "PMH: CAD s/p CABG, CHF.",
                "Hx of afib on Eliquis.", "Has hypertension and diabetes.", "IDDM, on insulin.")) {
            assertThat(FINDER.find("CARDIAC_RISK", SummaryTexts.of(summary, "Pre-op EKG"))).as("%s", summary)
                    .isPresent();
        }
        assertThat(FINDER.find("CARDIAC_RISK", SummaryTexts.of("Healthy 30 y/o, no PMH; R CTR authorized.",
                "Pre-op EKG"))).isEmpty();
    }

    @Test
    void anNsaidIsAReasonForElectrolytesAndCreatinineOnly() {
        for (String summary : List.of("44 y/o F on ibuprofen 800 tid; L knee scope w/ PMM auth'd.",
                "Takes naproxen daily; a left knee arthroscopic partial meniscectomy is authorized.",
                "On Motrin; approved R knee arthroscopy with chondroplasty.")) {
            assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_TEST_INDICATION", SummaryTexts.of(summary, "Pre-op CBC")))
                    .as("%s", summary).isPresent();
            assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_RENAL_TEST_INDICATION",
                    SummaryTexts.of(summary, "Pre-op BMP"))).as("%s", summary).isEmpty();
        }
        assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_RENAL_TEST_INDICATION", SummaryTexts.of(
                "Healthy 29 y/o, no meds; R trigger finger release authorized.", "Pre-op BMP"))).isPresent();
        assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_TEST_INDICATION", SummaryTexts.of(
                "67 y/o on ibuprofen; L knee scope w/ PMM auth'd.", "Pre-op CBC"))).isEmpty();
    }
}
