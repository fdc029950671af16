package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * Pain relief from a drug (MTUS Chronic Pain, Opioids, the "4 A's": analgesia; NSAIDs: continued use with pain relief)
 * in the ways progress notes document it: pain scores with and without the medication, a percentage of relief written
 * with a percent sign or in words, the medication helping; not when the relief is denied.
 */
class AnalgesiaWordingsTest {

    private static final ClinicalFactFinder FINDER = new ClinicalFactFinder(
            new GuidelineKnowledgeBaseLoader().loadDefault().clinicalFacts());

    @Test
    void painReliefFromAnOpioidIsReadInTheWaysNotesDocumentIt() {
        for (String summary : List.of("Pain is rated 4/10 with medications and 8/10 without medications.",
                "He reports 50% pain relief with Norco.", "She reports 50 percent relief.",
                "The medication helps reduce his pain.", "Her medications are helping.",
                "Pain decreases with the medication from 8/10 to 5/10.", "There was a 40% reduction in pain.",
                "Norco brings his pain from 8/10 to 4/10.", "Ultram ER helps his pain from 7 to 4.",
                "VAS 8->4 w/ med.", "Percocet: analgesia 50%.", "Norco lowers her back pain by about 40%.",
                "Good relief, about 50 percent, with hydrocodone.", "Tramadol helps, 6/10 to 3/10.",
                "Pt reports Norco reduces pain 50%.")) {
            assertThat(FINDER.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Norco 10/325mg #60")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("There was no reduction in pain.", "He denies relief from the medication.",
                "Norco was prescribed.", "Pain with range of motion, some pain with cross-arm adduction.",
                "Pain without radiation to the legs.", "Tramadol helps, 3/10 to 6/10 over the day.",
                "Norco; decreased pain and pinprick sensation over the left foot.")) {
            assertThat(FINDER.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Norco 10/325mg #60")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void painReliefFromAnAntiInflammatoryIsReadInTheWaysNotesDocumentIt() {
        for (String summary : List.of("She reports 30% relief from naproxen.", "The medication helps reduce her pain.",
                "Naproxen is effective for pain.", "There was a decrease in pain with meloxicam.",
                "With naproxen his pain decreases from 8/10 to 4/10.", "On naproxen x 1 yr, reports 50% pain relief.",
                "Meloxicam: pain reduced 3 points.", "The ibuprofen decreases her pain from 6/10 to 3/10.",
                "Pain 7/10 without meds, 4/10 with naproxen.", "Naproxen brings the pain 8->4.",
                "Ibuprofen takes the edge off his pain.", "Her pain is well controlled with meloxicam.")) {
            assertThat(FINDER.find("NSAID_ANALGESIA", SummaryTexts.of(summary, "Naproxen 550mg #60")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("No relief from naproxen.", "There was no decrease in pain.",
                "Naproxen is requested for inflammation.", "On naproxen; pain went from 4/10 to 8/10 over the year.",
                "Her pain level is 7/10 with or without medications; she takes naproxen.",
                "Exam: decreased pain sensation in the L5 dermatome; on naproxen.")) {
            assertThat(FINDER.find("NSAID_ANALGESIA", SummaryTexts.of(summary, "Naproxen 550mg #60")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * A score without the drug named by its name ("9/10 without Percocet"), as without "the medication": the names of
     * the drug class follow the cue only when the facts are read with the vocabulary; the drug named after "with" is
     * no score ("treated with Percocet for neck pain").
     */
    @Test
    void aScoreWithoutTheDrugNamedByItsNameIsRelief() {
        ClinicalFactFinder named = SummaryTexts.NAMED_FACTS;
        for (String summary : List.of("Pain is 9/10 without Percocet, 7/10 on it.",
                "Pain 4/10, 8/10 without Norco.", "VAS 8/10 off hydrocodone, 4/10 on it.",
                "Pain 9/10 without opioids and 5/10 with them.")) {
            assertThat(named.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Percocet 10/325mg #90")))
                    .as("%s", summary).isPresent();
            assertThat(FINDER.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Percocet 10/325mg #90")))
                    .as("without the vocabulary: %s", summary).isEmpty();
        }
        assertThat(named.find("NSAID_ANALGESIA", SummaryTexts.of("Knee pain 7/10 without naproxen, 4/10 with it.",
                "Naproxen 550mg #60"))).isPresent();
        for (String summary : List.of("He was treated with Percocet for neck pain.",
                "She has managed her back pain with Percocet since 2012.", "Pain without radiation; on Percocet.")) {
            assertThat(named.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Percocet 10/325mg #90")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void painControlledOrRelievedByTheDrugIsRelief_poorlyControlledIsNot() {
        for (String summary : List.of("Naproxen controls her knee arthritis pain well; she walks 2 miles daily.",
                "His back pain is controlled with naproxen.", "Knee pain relieved by naproxen.",
                "Naproxen keeps his pain under control.")) {
            assertThat(FINDER.find("NSAID_ANALGESIA", SummaryTexts.of(summary, "Naproxen 550mg #60")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Her pain is poorly controlled with naproxen.",
                "Back pain not controlled by naproxen.", "Uncontrolled pain despite naproxen.")) {
            assertThat(FINDER.find("NSAID_ANALGESIA", SummaryTexts.of(summary, "Naproxen 550mg #60")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * The same pain with the drug and without it is no analgesia (MTUS Opioids 2016, 3.3.9, the 4 A's; MTUS Chronic
     * Pain, NSAIDs): "Pain 7/10 with and without tramadol", "pain unchanged with medications".
     */
    @Test
    void theSamePainWithAndWithoutTheDrugIsNoRelief() {
        for (String summary : List.of("Pain 7/10 with and without tramadol.", "Pain is 8/10 without and with Norco.",
                "Pain unchanged with medications, 8/10.", "Pain 7/10, no change with medications.")) {
            assertThat(FINDER.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Norco 10/325mg #60")))
                    .as("%s", summary).isEmpty();
        }
        assertThat(FINDER.find("NSAID_ANALGESIA", SummaryTexts.of("Pain 6/10 with and without naproxen.",
                "Naproxen 550mg #60"))).isEmpty();
        for (String summary : List.of("Pain 8/10 without and 4/10 with Norco.", "Pain 8/10 off meds, 4/10 on meds.")) {
            assertThat(FINDER.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Norco 10/325mg #60")))
                    .as("%s", summary).isPresent();
        }
    }

    /**
     * The same pain on the drug and off it, written as notes write it, is no analgesia; nor is a drug that "takes the
     * edge off" with no measure of the relief (MTUS Opioids 2016, 3.3.9, the 4 A's: analgesia documented); a score
     * before a bare "w/o" still states it ("VAS 8 w/o, 4 w/ Norco").
     */
    @Test
    void theSamePainOnAndOffTheDrugOrAnEdgeTakenOffIsNoRelief() {
        for (String summary : List.of("Pain 7/10 on and off tramadol.", "Pain 6/10 off and on meds.",
                "Pain is 8/10 with medications, unchanged from without medications.",
                "Pain 8/10 w/ meds, same as w/o meds.", "Pain 6/10 w/ meds; no better with meds than without.",
                "Norco takes the edge off.", "Percocet takes the edge off her neck pain.")) {
            assertThat(FINDER.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Norco 10/325mg #60")))
                    .as("%s", summary).isEmpty();
        }
        for (String summary : List.of("Pain 7/10 on and off Naprosyn.", "Pain 6/10 w/ Motrin, same as without.")) {
            assertThat(FINDER.find("NSAID_ANALGESIA", SummaryTexts.of(summary, "Naproxen 550mg #60")))
                    .as("%s", summary).isEmpty();
        }
        for (String summary : List.of("Norco takes the edge off, pain 8/10 -> 5/10.", "VAS 8 w/o, 4 w/ Norco.",
                "Pain 8/10 off medications, 4/10 on medications.", "Pain 7 without, 4 with Norco.")) {
            assertThat(FINDER.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, "Norco 10/325mg #60")))
                    .as("%s", summary).isPresent();
        }
    }

    /**
     * A drug cut down after a course is functional improvement (MTUS 9792.20(f): a reduction in the dependency on
     * continued medical treatment): "decreased Norco from 4 to 2/day"; the drug lowering the pain is analgesia, not
     * that, and more of the drug is none.
     */
    @Test
    void aDrugCutDownIsFunctionalImprovement() {
        for (String summary : List.of("s/p 6 acupuncture tx; decreased Norco from 4 to 2/day.",
                "Completed 6 PT visits; cut down Motrin from 3 to 1 per day.", "Tapered Flexeril from 3 to 1/day.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary,
                    "Acupuncture x6"))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("Norco decreased her pain from 8 to 5 for a few hours.",
                "Norco use increased from 2 to 4/day.", "Pain decreased from 8/10 to 4/10 with Norco.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary,
                    "Acupuncture x6"))).as("%s", summary).isEmpty();
        }
    }
}
