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

    /**
     * ODG Knee & Leg, Knee brace: knee instability or a ligament insufficiency; a knee that gives way or buckles with a
     * meniscal tear is no ligamentous instability.
     */
    @Test
    void aKneeThatGivesWayIsNoInstabilityWithoutALigamentFinding() {
        for (String summary : List.of("L knee locking and giving way; MRI: medial meniscus tear.",
                "The right knee buckles on stairs; McMurray positive.", "Episodes of the knee giving way.")) {
            assertThat(FINDER.find("KNEE_INSTABILITY", SummaryTexts.of(summary, "Hinged knee brace"))).as("%s", summary)
                    .isEmpty();
        }
        for (String summary : List.of("L knee gives way; Lachman 2+, MRI complete ACL tear.",
                "The knee gives way when she pivots; positive Lachman test.", "Recurrent patellar dislocation.",
                "ACL deficient knee that gives way.")) {
            assertThat(FINDER.find("KNEE_INSTABILITY", SummaryTexts.of(summary, "Hinged knee brace"))).as("%s", summary)
                    .isPresent();
        }
    }

    /** ODG Knee & Leg, Knee brace: a reconstructed ligament, a meniscal or articular cartilage repair. */
    @Test
    void aBraceAfterALigamentReconstructionOrAMeniscalRepairNotAfterAMeniscectomy() {
        for (String summary : List.of("L ACL reconstruction scheduled, auth'd.", "s/p R ACL recon 11/28/16, POD#40.",
                "The right knee arthroscopy with meniscal repair was certified.",
                "She is to undergo repair of the medial meniscus next week.", "Approved MPFL reconstruction, L knee.")) {
            assertThat(FINDER.find("KNEE_BRACE_SURGERY", SummaryTexts.of(summary, "Post-op knee brace")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Approved R knee scope w/ PMM and chondroplasty.",
                "L knee arthroscopic partial meniscectomy scheduled, authorized.",
                "The ACL reconstruction was not certified.", "ACL reconstruction in 2009; knee now stable.")) {
            assertThat(FINDER.find("KNEE_BRACE_SURGERY", SummaryTexts.of(summary, "Post-op knee brace")))
                    .as("%s", summary).isEmpty();
        }
    }
}
