package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * Findings the guideline would not accept for the request: a sign of the limb on the other side (a side written as
 * one letter, "R knee", or named before the sign in a sentence that names both sides); relief after an epidural below
 * half, or with medication unchanged (MTUS Chronic Pain, Epidural steroid injections, criterion 7); and the long
 * tract signs of a compressed cord, which in the legs point to the cord above the lumbar spine.
 */
class SidesAndCordSignsTest {

    private static final ClinicalFactFinder FINDER = new ClinicalFactFinder(
            new GuidelineKnowledgeBaseLoader().loadDefault().clinicalFacts(), SummaryTexts.VOCABULARY);

    @Test
    void aSignOfTheOtherSideIsNoSignOfTheRequestedLimb() {
        for (String summary : List.of("B/L knee pain. L knee: + McMurray, locking. R knee: mild tenderness only.",
                "Left knee with giving way and locking, effusion; right knee unremarkable.",
                "The left knee has a positive McMurray test with locking; the right knee is unremarkable.",
                "L. knee positive McMurray's and locking.")) {
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", SummaryTexts.of(summary, "MRI R knee")))
                    .as("%s", summary).isEmpty();
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", SummaryTexts.of(summary, "MRI of the left knee")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("The right shoulder has a positive drop arm sign; the left shoulder is asymptomatic.",
                "Rt shoulder: positive drop arm test, weakness of ER 3/5. Lt shoulder: full ROM.")) {
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", SummaryTexts.of(summary, "MRI left shoulder")))
                    .as("%s", summary).isEmpty();
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", SummaryTexts.of(summary, "MRI rt shoulder")))
                    .as("%s", summary).isPresent();
        }
    }

    @Test
    void aClauseAfterASemicolonThatNamesNoRegionIsOfTheRegionItsSentenceNamed() {
        for (String summary : List.of(
                "Right wrist: pain and numbness, positive Tinel and Phalen; OT and splinting failed; wants a surgical opinion.",
                "R wrist pain and numbness; Splinting and therapy failed; Surgical consult planned.",
                "Rt wrist: positive Finkelstein; Bracing, OT and an injection failed; Considering surgery.")) {
            for (String fact : List.of("FAILED_CONSERVATIVE_CARE", "SURGERY_CONSIDERED")) {
                assertThat(FINDER.find(fact, SummaryTexts.of(summary, "MRI of the left wrist")))
                        .as("%s: %s", fact, summary).isEmpty();
                assertThat(FINDER.find(fact, SummaryTexts.of(summary, "MRI R wrist")))
                        .as("%s: %s", fact, summary).isPresent();
            }
        }
        // a sentence of its own that names no region is of any region; a clause naming one is of that one
        assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of(
                "Right wrist pain and numbness. OT and splinting failed.", "MRI of the left wrist"))).isPresent();
        assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of(
                "Right wrist pain; Left wrist: OT and splinting failed.", "MRI of the left wrist"))).isPresent();
    }

    @Test
    void theRiskOfAberrantBehaviourIsReadWithItsLevelAndNotBesideASignOfIt() {
        for (String summary : List.of("Low risk for aberrant behavior per opioid risk tool.",
                "The opioid risk tool score placed her at low risk.", "ORT: low risk.", "Low-risk patient.",
                "He was assessed as low risk for opioid misuse.", "Her opioid risk is low.",
                "Risk assessment (SOAPP-R): low risk.")) {
            assertThat(FINDER.find("LOW_RISK_OF_ABERRANT_BEHAVIOUR", SummaryTexts.of(summary, "Urine drug screen")))
                    .as("%s", summary).isPresent();
            assertThat(FINDER.find("ABERRANT_BEHAVIOUR", SummaryTexts.of(summary, "Urine drug screen")))
                    .as("%s", summary).isEmpty();
        }
        for (String summary : List.of("He is at low risk for GI bleeding.", "Low risk patient for surgery.",
                "GI risk is low.",
                "ORT: low risk. UDS 11/15/2016 was positive for cocaine.", "Not a low risk patient for misuse.")) {
            assertThat(FINDER.find("LOW_RISK_OF_ABERRANT_BEHAVIOUR", SummaryTexts.of(summary, "Urine drug screen")))
                    .as("%s", summary).isEmpty();
        }
        for (String summary : List.of("Moderate risk per ORT.", "Risk level: moderate.")) {
            assertThat(FINDER.find("MODERATE_RISK_OF_ABERRANT_BEHAVIOUR", SummaryTexts.of(summary, "Urine drug screen")))
                    .as("%s", summary).isPresent();
        }
    }

    @Test
    void aUrineDrugTestCountsAgainstTheNextOnlyWhenDatedWithinItsInterval() {
        for (String summary : List.of("Last UDS 2 months ago, consistent.", "UDS 10/14/2016 consistent.",
                "Urine drug test last month was consistent.", "Urine drug screens on 6/2/2016 and 8/4/2016 were consistent.")) {
            assertThat(FINDER.find("URINE_DRUG_TEST_WITHIN_TEN_MONTHS", SummaryTexts.of(summary, "Urine drug screen")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Last UDS 14 months ago, consistent.", "Urine drug screen 3/2/2015 consistent.",
                "UDS will be done today.", "A urine drug screen is requested; last visit 12/1/2016.")) {
            assertThat(FINDER.find("URINE_DRUG_TEST_WITHIN_TEN_MONTHS", SummaryTexts.of(summary, "Urine drug screen")))
                    .as("%s", summary).isEmpty();
        }
        assertThat(FINDER.find("URINE_DRUG_TEST_WITHIN_FOUR_MONTHS",
                SummaryTexts.of("Urine drug screen 11/1/2016 consistent.", "Urine drug screen"))).isPresent();
        assertThat(FINDER.find("URINE_DRUG_TEST_WITHIN_FOUR_MONTHS",
                SummaryTexts.of("Urine drug screen 4/1/2016 consistent.", "Urine drug screen"))).isEmpty();
    }

    @Test
    void decreasedVibrationSenseIsASensoryDeficit_labsOfMonthsAgoAreRecentOnlyWithinThree() {
        for (String summary : List.of("Decreased vibration sense in both feet.", "Vibratory sensation diminished at the toes.",
                "Monofilament sensation absent on the soles.")) {
            assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary, "NCS of the lower extremities")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of("Vibration sense intact.",
                "NCS of the lower extremities"))).isEmpty();
        for (String summary : List.of("Labs last month normal.", "CBC and CMP on 12/1/2016 were normal.",
                "Blood work 3 weeks ago was unremarkable.")) {
            assertThat(FINDER.find("LABORATORY_TESTS_WITHIN_THREE_MONTHS", SummaryTexts.of(summary, "CBC")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Last CBC over a year ago.", "No labs in 12 months.", "CBC and CMP ordered today.",
                "Labs on 3/2/2016 were normal.")) {
            assertThat(FINDER.find("LABORATORY_TESTS_WITHIN_THREE_MONTHS", SummaryTexts.of(summary, "CBC")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void aPositiveFadirIsASignOfALabralTearOfTheHipOfItsSide() {
        for (String summary : List.of("R hip pain; FADIR +, clicking.", "Positive FADIR test on the right.",
                "R hip: + FADDIR, + scour.")) {
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", SummaryTexts.of(summary, "MRI right hip")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("L hip FADIR +, R hip asymptomatic.", "R hip: FADIR negative, scour negative.",
                "No pain with FADIR.")) {
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", SummaryTexts.of(summary, "MRI right hip")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void reliefAfterAnEpiduralBelowHalfOrWithMedicationUnchangedIsNoReliefForARepeat() {
        String item = "Repeat lumbar epidural steroid injection L5-S1";
        for (String summary : List.of("s/p L5-S1 ESI 5/2016 w/ 30% improvement in pain.",
                "Prior ESI provided 40 percent pain relief for 2 months.",
                "She had an epidural injection in August with less than 50% relief.",
                "The last ESI gave about 50% relief lasting 6 weeks; medication use unchanged.",
                "Lumbar ESI 8/2016 gave 40-50% relief for 3 weeks.", "The ESI gave 60% relief for four weeks.")) {
            assertThat(FINDER.find("INJECTION_RELIEF", SummaryTexts.of(summary, item))).as("%s", summary).isEmpty();
        }
        for (String summary : List.of("s/p L5-S1 ESI 5/2016 w/ >50% relief x 2 months, decreased Norco.",
                "The prior ESI gave 60% pain relief for 8 weeks with reduced use of Norco.",
                "Prior ESI L4-5 9/2016 - pt reports 75% relief x 3 months, cut Norco in half.")) {
            assertThat(FINDER.find("INJECTION_RELIEF", SummaryTexts.of(summary, item))).as("%s", summary).isPresent();
        }
    }

    @Test
    void longTractSignsAreReadInTheLegsForTheCordAbove() {
        for (String summary : List.of("Exam: hyperreflexia of the lower extremities with positive Babinski bilaterally.",
                "Sustained clonus at both ankles, spastic gait.", "3+ patellar reflexes bilat, + Babinski bilat.",
                "Hoffmann's sign is positive on both sides.")) {
            assertThat(FINDER.find("LONG_TRACT_SIGNS", SummaryTexts.of(summary, "MRI thoracic spine")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Babinski absent, no Hoffmann's, no clonus, normal gait.",
                "Reflexes 2+ and symmetric, no clonus, Babinski negative.",
                "Her mother had cervical myelopathy with clonus.", "He reports that his legs feel stiff.")) {
            assertThat(FINDER.find("LONG_TRACT_SIGNS", SummaryTexts.of(summary, "MRI cervical spine")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void aTensThatDidNotHelpIsATensFailedNotOneThatHelps() {
        for (String summary : List.of("She used a TENS unit for 2 months without benefit.",
                "TENS used 2 months without benefit.", "Failed TENS, PT, gabapentin.",
                "TENS unit provided no relief after a 30-day trial.", "Prior TENS ineffective.",
                "Transcutaneous electrical nerve stimulation was used for 6 weeks without improvement.",
                "Pain persisted despite PT and medications, and after a one month trial of a TENS unit.")) {
            assertThat(FINDER.find("TENS_FAILED", SummaryTexts.of(summary, "H-wave unit 30 day home trial")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("TENS was helpful and is still used daily.", "A TENS trial is planned.",
                "TENS unit was denied by UR.", "Her TENS unit helps reduce her pain.",
                "Her pain improved after a trial of a TENS unit.")) {
            assertThat(FINDER.find("TENS_FAILED", SummaryTexts.of(summary, "H-wave unit 30 day home trial")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void weaknessOfTheCuffIsReadOnTheRequestedShoulder() {
        for (String summary : List.of("Unable to abduct > 60 deg, ER strength 3/5, + drop arm.",
                "Exam shows marked weakness of abduction and external rotation and a positive drop arm test.",
                "External rotation lag sign positive, supraspinatus weakness 3/5.")) {
            assertThat(FINDER.find("ROTATOR_CUFF_WEAKNESS", SummaryTexts.of(summary, "MRI right shoulder")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Strength 5/5 in all planes, drop arm negative.",
                "L shoulder: + drop arm, ER weakness 3/5; R shoulder: full ROM, nontender.")) {
            assertThat(FINDER.find("ROTATOR_CUFF_WEAKNESS", SummaryTexts.of(summary, "MRI right shoulder")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void aSignOfYearsAgoIsNotPlacedInThePresentByAnotherPartOfItsSentence() {
        String item = "Lumbar ESI L4-5";
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of("His previous physician noted decreased "
                + "sensation R L5 in 2012; today sensation intact, SLR negative.", item))).isEmpty();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of("Status post a laminectomy in 2014 with "
                + "residual decreased sensation in the left L5 dermatome on today's examination.", item))).isPresent();
    }

    @Test
    void aSideLetterBeforeAFingerOrANerveTunnelIsThatSide() {
        String summary = "Numbness of the L ring and small fingers; positive Tinel's at the L cubital tunnel.";
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary, "EMG/NCS right upper extremity")))
                .isEmpty();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary, "EMG/NCS left upper extremity")))
                .isPresent();
    }

    @Test
    void aSpinalInjectionOfOneSideIsNotSupportedByASignOfTheOtherLimb() {
        String summary = "Decreased sensation of the right lateral foot; absent right ankle reflex.";
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary,
                "Left L5-S1 transforaminal epidural steroid injection"))).isEmpty();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary,
                "Right L5-S1 transforaminal epidural steroid injection"))).isPresent();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary,
                "Bilateral L5-S1 transforaminal epidural steroid injection"))).isPresent();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(summary, "L5-S1 interlaminar ESI")))
                .isPresent();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", SummaryTexts.of(
                "Neck pain to the L arm; decreased sensation of the L middle finger.", "Rt C6-7 TFESI"))).isEmpty();
    }

    @Test
    void aFindingRuledOutOrAbsentAfterTheNounThatEndsItsNameIsNotStated() {
        assertThat(FINDER.find("RED_FLAG", SummaryTexts.of("LBP. Cauda equina syndrome was ruled out in the ER.",
                "MRI lumbar spine"))).isEmpty();
        assertThat(FINDER.find("RED_FLAG", SummaryTexts.of("LBP with cauda equina syndrome; urinary retention.",
                "MRI lumbar spine"))).isPresent();
        assertThat(FINDER.find("LONG_TRACT_SIGNS", SummaryTexts.of("Neck pain. Hoffmann's sign is absent.",
                "MRI cervical spine"))).isEmpty();
    }

    @Test
    void aSideLetterBeforeAnyWordOfARegionIsThatSide() {
        assertThat(FINDER.find("LIMB_RED_FLAG", SummaryTexts.of(
                "L wrist pain; R scaphoid fracture 2016; L wrist exam benign.", "MRI left wrist"))).isEmpty();
        assertThat(FINDER.find("LIMB_RED_FLAG", SummaryTexts.of(
                "L scaphoid fracture 2016, displaced, on today's x-ray.", "MRI left wrist"))).isPresent();
    }
}
