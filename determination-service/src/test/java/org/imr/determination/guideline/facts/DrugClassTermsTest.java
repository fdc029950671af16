package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fact stated by a drug of a class with a cue near it reads every drug of the class by its generic or brand name
 * from the vocabulary (terms named by concepts), so that the fact lists no drug names of its own: a trial of a
 * first-line drug for neuropathic pain (MTUS Chronic Pain, Lidoderm: after a trial of a tricyclic or SNRI
 * antidepressant or an AED such as gabapentin or Lyrica), non-opioid analgesics that failed (MTUS Opioids,
 * initiating therapy).
 */
class DrugClassTermsTest {

    private static final ClinicalFactFinder FINDER = SummaryTexts.NAMED_FACTS;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FIRST_LINE_FAILED           | Gabapentin and amitriptyline were tried and failed.            | true
            FIRST_LINE_FAILED           | She failed Lyrica because of dizziness.                         | true
            FIRST_LINE_FAILED           | Cymbalta was ineffective.                                       | true
            FIRST_LINE_FAILED           | Nortriptyline was discontinued due to side effects.             | true
            FIRST_LINE_FAILED           | She takes Neurontin, which helps.                               | false
            FIRST_LINE_FAILED           | He has not tried gabapentin.                                    | false
            FIRST_LINE_FAILED           | She tried gabapentin for three months with no benefit.          | true
            FIRST_LINE_FAILED           | Tried Lyrica x 2 mo, no relief.                                 | true
            FIRST_LINE_FAILED           | She took Cymbalta for 6 weeks with minimal benefit.             | true
            NON_OPIOID_ANALGESIA_FAILED | Naproxen has not relieved his back pain.                        | true
            NON_OPIOID_ANALGESIA_FAILED | Tylenol for two weeks gave him no relief.                       | true
            FIBROMYALGIA                | The rheumatologist diagnosed fibromyalgia in 2015.              | true
            FIBROMYALGIA                | Widespread pain; fibromyalgia was ruled out.                    | false
            NON_OPIOID_ANALGESIA_FAILED | Acetaminophen and naproxen failed to control his pain.          | true
            NON_OPIOID_ANALGESIA_FAILED | Motrin did not help.                                            | true
            NON_OPIOID_ANALGESIA_FAILED | Relief with Tylenol was inadequate.                             | true
            NON_OPIOID_ANALGESIA_FAILED | Naproxen helps his pain.                                        | false
            """)
    void readsEveryDrugOfTheClassByItsNames(String factId, String summary, boolean stated) {
        assertThat(FINDER.find(factId, SummaryTexts.of(summary, "Lidoderm 5% patch #30")).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }

    /** A duration, a number or a spinal level between a term and its cue does not put the cue out of reach. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FAILED_CONSERVATIVE_CARE   | Weakness of the triceps persists despite two months of therapy.   | Cervical MRI
            FAILED_CONSERVATIVE_CARE   | Pain continued despite 6 weeks of physical therapy.               | Cervical MRI
            POSITIVE_DIAGNOSTIC_BLOCK  | Medial branch blocks at L4-5 and L5-S1 gave 80% relief.           | Lumbar radiofrequency ablation
            """)
    void aCueReachesOverADurationANumberOrASpinalLevel(String factId, String summary, String item) {
        assertThat(FINDER.find(factId, SummaryTexts.of(summary, item))).as("%s", summary).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Medial branch blocks at L4-5 and L5-S1 gave little relief.
            Medial branch blocks at L4-5 and L5-S1 are planned.
            """)
    void aBlockThatDidNotHelpOrIsPlannedIsNoPositiveBlock(String summary) {
        assertThat(FINDER.find("POSITIVE_DIAGNOSTIC_BLOCK", SummaryTexts.of(summary, "Lumbar radiofrequency ablation")))
                .as("%s", summary).isEmpty();
    }
}
