package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.imr.determination.guideline.text.CharSpan;
import org.imr.determination.guideline.text.NormalizedText;
import org.junit.jupiter.api.Test;

/**
 * Abbreviations of clinical notes are read as the words they stand for, so that a finding written with them states
 * its fact as the words in full do: "w/o" negates like "without", "TTP" is tenderness, "tx" treatment. Words the notes
 * use one for the other are one word: "tx", "therapy" and "treatment"; "discomfort" and "pain".
 */
class NoteAbbreviationsTest {

    private static final ClinicalFactFinder FINDER = new ClinicalFactFinder(
            new GuidelineKnowledgeBaseLoader().loadDefault().clinicalFacts());

    @Test
    void abbreviationsAreTheWordsTheyStandForAndKeepTheirPlaceInTheText() {
        assertThat(NormalizedText.of("W/o radiculopathy, h/o fracture, c/o pain, TTP, tx, b/l").words())
                .containsExactly("without", "radiculopathy", "history", "fracture", "complains", "pain", "tenderness",
                        "treatment", "b", "l");
        assertThat(CharSpan.ofWords("Strain w/o radiculopathy", 1, 3)).isEqualTo(new CharSpan(7, 24));
    }

    /** "OT" with a count or an outcome is a course of occupational therapy given, as "PT" is one of physical therapy. */
    @Test
    void otWithACountOrAnOutcomeIsACourseOfOccupationalTherapy() {
        for (String summary : List.of("OT x 6 in 2016 helped.", "Completed 8 OT sessions.", "R hand: s/p OT x6.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", SummaryTexts.of(summary, "Occupational therapy x 6")))
                    .as(summary).isPresent();
        }
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", SummaryTexts.of("Request: OT x 6 for the right hand.",
                "Occupational therapy x 6"))).isEmpty();
    }

    /**
     * "N/T" (numbness and tingling) and "radic" (radiculopathy) state radicular symptoms and neuropathic pain (MTUS
     * Antiepilepsy drugs: first-line for neuropathic pain); "PUD" and "GIB" a history of a peptic ulcer or a GI bleed,
     * a risk factor for gastrointestinal events (MTUS NSAIDs, GI symptoms & cardiovascular risk).
     */
    @Test
    void notesAbbreviationsOfNerveAndStomachFindingsStateTheirFacts() {
        assertThat(NormalizedText.of("c/o N/T BLE, + L5 radic; h/o PUD, GIB").words()).containsExactly("complains",
                "numbness", "and", "tingling", "ble", "positive", "l5", "radiculopathy", "history", "peptic", "ulcer",
                "disease", "gi", "bleed");
        assertThat(FINDER.find("RADICULAR_SYMPTOMS", SummaryTexts.of("Pt c/o N/T BLE.", "Gabapentin 300 mg #90")))
                .isPresent();
        assertThat(FINDER.find("NEUROPATHIC_PAIN", SummaryTexts.of("EMG/NCV + L5 radic.", "Gabapentin 300 mg #90")))
                .isPresent();
        for (String summary : List.of("Pt on Naprosyn 500 BID, h/o PUD.", "On ibuprofen; GIB in 2014.")) {
            assertThat(FINDER.find("GI_RISK", SummaryTexts.of(summary, "Omeprazole 20 mg #30"))).as("%s", summary)
                    .isPresent();
        }
        assertThat(FINDER.find("RADICULAR_SYMPTOMS", SummaryTexts.of("Pt c/o LBP, no N/T.", "Gabapentin 300 mg #90")))
                .isEmpty();
        assertThat(FINDER.find("GI_RISK", SummaryTexts.of("Pt on Naprosyn 500 BID, no h/o PUD or GIB.",
                "Omeprazole 20 mg #30"))).isEmpty();
    }

    @Test
    void aFindingWrittenWithAnAbbreviationStatesItsFactAsInFull() {
        assertThat(FINDER.find("RADICULAR_SYMPTOMS", SummaryTexts.of("Lumbar strain w/o radiculopathy.",
                "MRI of the lumbar spine"))).isEmpty();
        assertThat(FINDER.find("RADICULAR_SYMPTOMS", SummaryTexts.of("Lumbar strain with radiculopathy.",
                "MRI of the lumbar spine"))).isPresent();
        assertThat(FINDER.find("INTERNAL_DERANGEMENT", SummaryTexts.of("Medial joint line TTP.",
                "MRI of the left knee"))).isPresent();
        assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of("Neck pain persists despite tx.",
                "MRI of the cervical spine"))).isPresent();
        for (String summary : List.of("Decr sensation L S1.", "decr. sensation in the left L5 dermatome",
                "Exam: decr sensation dorsum L foot, SLR + L.")) {
            assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary, "Lumbar ESI L5-S1")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of("No decr sensation, SLR negative.",
                "Lumbar ESI L5-S1"))).isEmpty();
    }

    /**
     * "dec" is decreased when a word follows it ("dec sensation L5/S1"), December when a number of a date follows it or
     * a word that names a month goes before it ("Dec 2015", "seen in Dec").
     */
    @Test
    void decBeforeAWordIsDecreasedAndBeforeADateIsDecember() {
        assertThat(NormalizedText.of("Persistent dec sensation L5").words()).containsExactly("persistent",
                "decreased", "sensation", "l5");
        assertThat(NormalizedText.of("EMG Dec 2015, seen in Dec for follow-up").words()).containsSequence("emg",
                "dec", "2015").containsSequence("in", "dec", "for");
        for (String summary : List.of("Persistent dec sensation L5/S1 R, MRI L5-S1 HNP.",
                "Exam: dec sensation dorsum of L foot, SLR + L.", "R Achilles reflex dec, S1 dec sensation.")) {
            assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary, "Lumbar ESI L5-S1")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Sensation intact; MRI Dec 2015 L4-5 HNP.",
                "Seen in Dec, sensation normal, SLR negative.")) {
            assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary, "Lumbar ESI L5-S1")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void therapyTreatmentAndTxAreOneWord_discomfortIsPain() {
        assertThat(NormalizedText.of("physical therapy, physical tx, physical treatment").words())
                .containsExactly("physical", "treatment", "physical", "treatment", "physical", "treatment");
        assertThat(NormalizedText.of("low back discomfort").words()).containsExactly("low", "back", "pain");
    }

    @Test
    void aFindingWrittenWithTxOrDiscomfortStatesItsFactAsWithTherapyOrPain() {
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", SummaryTexts.of(
                "She completed 12 sessions of physical tx for the shoulder.", "Physical therapy for the shoulder")))
                .isPresent();
        assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of(
                "Persistent discomfort despite care.", "MRI of the cervical spine"))).isPresent();
        assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of(
                "Mild discomfort in the neck; no care given yet.", "MRI of the cervical spine"))).isEmpty();
    }

    /** "RTW" is return to work, so that a return to modified or full duty written so is functional improvement. */
    @Test
    void returnToWorkWrittenRtwIsFunctionalImprovement() {
        assertThat(NormalizedText.of("RTW mod duty").words()).startsWith("return", "to", "work");
        for (String summary : List.of("On Cymbalta, 50% improvement, RTW full duty.", "s/p 6 PT, RTW modified duty.",
                "Able to RTW after the course of acupuncture.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, "Cymbalta 60 mg #30")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of("Not able to RTW; pain unchanged.",
                "Cymbalta 60 mg #30"))).isEmpty();
    }

    /**
     * "wt" is weight, "tol" tolerance, "incr" increased and "RTC" rotator cuff, so that an Ottawa sign, a tolerance
     * gained, an increasing dose and a full-thickness tear written so state their facts as the words in full do.
     */
    @Test
    void weightToleranceIncreasedAndRotatorCuffWrittenShortAreTheWordsInFull() {
        assertThat(NormalizedText.of("unable to bear wt, standing tol, incr dose, FT RTC tear").words())
                .containsExactly("unable", "to", "bear", "weight", "standing", "tolerance", "increased", "dose", "ft",
                        "rotator", "cuff", "tear");
        assertThat(FINDER.find("ACUTE_TRAUMA_BONE_SIGNS", SummaryTexts.of("Twisted L ankle yesterday, unable to bear wt.",
                "X-ray of the left ankle"))).isPresent();
        assertThat(FINDER.find("ACUTE_TRAUMA_BONE_SIGNS", SummaryTexts.of("Twisted L ankle yesterday, bears wt, walks "
                + "w/o limp.", "X-ray of the left ankle"))).isEmpty();
        assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of("After 6 PT visits standing tol incr from 15 "
                + "to 45 min.", "PT x 4 more, L/S"))).isPresent();
        assertThat(FINDER.find("PAIN_NOT_CONTROLLED", SummaryTexts.of("On Norco QID, pain 8/10, incr dose x 2 this yr.",
                "Referral to pain mgmt"))).isPresent();
        assertThat(FINDER.find("SEVERE_STRUCTURAL_TEAR", SummaryTexts.of("MRI R shoulder: FT RTC tear.",
                "Ortho consult R shoulder"))).isPresent();
        assertThat(FINDER.find("SEVERE_STRUCTURAL_TEAR", SummaryTexts.of("MRI R shoulder: partial RTC tear.",
                "Ortho consult R shoulder"))).isEmpty();
    }

    @Test
    void aSentenceRecountingAPriorDeterminationStatesNoFinding() {
        assertThat(FINDER.find("OSTEOARTHRITIS", SummaryTexts.of(
                "A prior determination dated 11/23/2016 found etodolac not medically necessary for knee osteoarthritis.",
                "Etodolac 400 mg"))).isEmpty();
        assertThat(FINDER.find("OSTEOARTHRITIS", SummaryTexts.of("Radiographs show knee osteoarthritis.",
                "Etodolac 400 mg"))).isPresent();
    }
}
