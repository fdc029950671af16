package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * The red flags of each region of the spine (MTUS Low Back Complaints, Table 12-1; Neck and Upper Back Complaints,
 * Table 8-1): the signs of a compressed cord point to the cord above the lumbar spine and are no red flag of the low
 * back; a history of cancer with night pain or weight loss now is a red flag of a tumor; a fracture the physician only
 * suspects is no finding.
 */
class SpineRedFlagsTest {

    private static final ClinicalFactFinder FINDER = new ClinicalFactFinder(
            new GuidelineKnowledgeBaseLoader().loadDefault().clinicalFacts(), SummaryTexts.VOCABULARY);

    /** Cord signs in sentences that name no region, which any region's request may concern. */
    private static final List<String> CORD_SIGNS = List.of("Exam: hyperreflexia, + Babinski bilat, clonus.",
            "Examination showed hyperreflexia and sustained clonus.", "Exam: positive Hoffmann's sign.",
            "Clinical findings of myelopathy.");

    @Test
    void signsOfACompressedCordAreNoRedFlagOfTheLowBack() {
        for (String summary : CORD_SIGNS) {
            assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(summary, "MRI lumbar spine"))).as("%s", summary)
                    .isEmpty();
            assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(summary, "L-spine x-rays"))).as("%s", summary)
                    .isEmpty();
            assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(summary, "CT of the cervical spine")))
                    .as("%s", summary).isPresent();
            assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(summary, "MRI of the cervical and lumbar spine")))
                    .as("%s", summary).isPresent();
            assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(summary, "Neurology consultation")))
                    .as("%s", summary).isPresent();
        }
        assertRedFlag(false, "MRI lumbar spine", "LBP. Exam: B/L LE hyperreflexia, + Babinski bilat, clonus.",
                "Examination showed hyperreflexia of both lower extremities and sustained ankle clonus.");
        assertRedFlag(true, "MRI lumbar spine",
                "LBP with new urinary retention and saddle anesthesia; hyperreflexia of the legs.",
                "Low back pain; progressive weakness of the left leg and a new foot drop.");
    }

    /**
     * A red flag in a list that a negation opens is denied, though the clause of the negation names a history and is
     * left out of the red flags' reading ("no history of trauma, cancer, fever or weight loss").
     */
    @Test
    void aRedFlagListedAfterADeniedHistoryIsDenied() {
        assertRedFlag(false, "X-rays of the lumbar spine",
                "LBP after lifting. He has no history of trauma, cancer, fever or weight loss.",
                "No history of cancer, fever, or night pain.", "She denies history of IV drug use, fevers or chills.");
        assertRedFlag(true, "X-rays of the lumbar spine",
                "History of a lumbar fusion in 2010, now with fever and a draining wound.",
                "No history of trauma; he now has fever and chills.");
    }

    /** The examples a denial of red flags gives ("such as", "including") are denied with it, however many. */
    @Test
    void theExamplesOfDeniedRedFlagsAreDenied() {
        assertRedFlag(false, "MRI of the lumbar spine",
                "There are no red flags such as cauda equina, fracture, infection or tumor.",
                "No red flags including saddle anesthesia, bowel or bladder incontinence, fever or weight loss.");
        assertRedFlag(true, "MRI of the lumbar spine",
                "There are red flags such as fever and night sweats.",
                "No relief from care such as PT; he now has fever and chills.");
    }

    /** Asserts for each summary whether the records state a red flag for the item. */
    private static void assertRedFlag(boolean stated, String item, String... summaries) {
        for (String summary : summaries) {
            assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(summary, item)).isPresent()).as("%s", summary)
                    .isEqualTo(stated);
        }
    }

    @Test
    void aHistoryOfCancerWithNightPainOrWeightLossNowIsARedFlagOfATumor() {
        for (String summary : List.of("LBP; history of prostate cancer treated in 2005, now with night pain and weight loss.",
                "Mid back pain; history of breast cancer, now with severe night pain and weight loss.",
                "Low back pain with unexplained weight loss; history of lung carcinoma.",
                "Hx of colon CA 2014, now with night pain.")) {
            assertThat(FINDER.find("CANCER_HISTORY_WITH_CONSTITUTIONAL_SYMPTOMS",
                    SummaryTexts.of(summary, "MRI lumbar spine"))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("LBP; history of breast cancer in her mother. No night pain, no weight loss.",
                "History of thyroid cancer in 2009, in remission; no night pain or weight loss.",
                "Low back pain that is worse at night; no history of cancer.", "He lost weight on a diet.",
                "Her father had colon cancer and night sweats.")) {
            assertThat(FINDER.find("CANCER_HISTORY_WITH_CONSTITUTIONAL_SYMPTOMS",
                    SummaryTexts.of(summary, "MRI lumbar spine"))).as("%s", summary).isEmpty();
        }
    }

    @Test
    void weightLossOrNightPainInAnotherSentenceThanTheCancerHistoryIsStatedUnlessExplained() {
        for (String summary : List.of("History of prostate cancer. Reports 15 lb weight loss over 2 months.",
                "History of breast cancer 2019. Lost 20 pounds over the last 3 months.",
                "Hx colon ca. Night pain, wt loss 15 lbs.", "History of renal cell carcinoma. Night pain that wakes him.")) {
            assertThat(FINDER.find("CANCER_HISTORY", SummaryTexts.of(summary, "MRI L/S"))).as("%s", summary)
                    .isPresent();
            assertThat(FINDER.find("CONSTITUTIONAL_SYMPTOMS_OF_A_TUMOR", SummaryTexts.of(summary, "MRI L/S")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Has lost 10 lbs on a diet program.", "Denies wt loss, fevers, night sweats.",
                "She has lost 30 lbs since starting a diet and exercise program.", "Weight loss was recommended.",
                "No weight loss, no night pain.")) {
            assertThat(FINDER.find("CONSTITUTIONAL_SYMPTOMS_OF_A_TUMOR", SummaryTexts.of(summary, "MRI L/S")))
                    .as("%s", summary).isEmpty();
        }
        for (String summary : List.of("Family history of colon cancer.", "Remote history of basal cell skin cancer, excised.")) {
            assertThat(FINDER.find("CANCER_HISTORY", SummaryTexts.of(summary, "MRI L/S"))).as("%s", summary)
                    .isEmpty();
            assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(summary, "MRI L/S"))).as("%s", summary).isEmpty();
        }
    }

    @Test
    void aFractureOnlySuspectedIsNoRedFlag() {
        for (String summary : List.of("The physician suspects a compression fracture? X-rays were unremarkable.",
                "Compression fx suspected by the PTP; x-rays neg.", "There is suspicion of a fracture.",
                "A suspected fracture of L1.")) {
            assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(summary, "MRI lumbar spine"))).as("%s", summary)
                    .isEmpty();
        }
        assertThat(FINDER.find("RED_FLAG", SummaryTexts.of(
                "Lumbar x-ray shows an acute L1 compression fracture with 40% height loss.", "MRI lumbar spine")))
                .isPresent();
    }
}
