package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A failure of conservative care (MTUS Low Back Complaints, Surgical Considerations; ACOEM ch. 9 and ch. 13: failure
 * of conservative care) written as care given and symptoms that remain after it ("treated with PT, acupuncture and
 * NSAIDs, with persistent symptoms"; "despite PT and meds, pain persists"), never as pain that a worker presents with
 * before the care is given ("presents with persistent pain; PT requested").
 */
class FailedCareWordingsTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            FAILED_CONSERVATIVE_CARE | Lumbar MRI         | Low back pain; treated with PT, acupuncture and NSAIDs, with persistent symptoms. | true
            FAILED_CONSERVATIVE_CARE | Lumbar MRI         | She was managed with physical therapy and medications with ongoing pain in the low back. | true
            FAILED_CONSERVATIVE_CARE | Right knee arthroscopy | Underwent PT and injections, knee pain persists. | true
            FAILED_CONSERVATIVE_CARE | Right knee arthroscopy | Completed PT x12, symptoms persist with locking. | true
            FAILED_CONSERVATIVE_CARE | Lumbar MRI         | Low back pain radiating to the left leg; despite PT and meds, pain persists. | true
            FAILED_CONSERVATIVE_CARE | Lumbar MRI         | Low back pain, presents with persistent pain; PT requested. | false
            FAILED_CONSERVATIVE_CARE | Lumbar MRI         | Persistent pain in the low back; will be treated with PT. | false
            FAILED_CONSERVATIVE_CARE | Lumbar MRI         | Treated with PT and NSAIDs with resolution of symptoms. | false
            """)
    void careGivenWithSymptomsRemainingAfterItIsAFailureOfConservativeCare(String factId, String item, String summary,
            boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }

    /**
     * The outcome of the care told after it however far, in its sentence or the next ("PT x12 completed last spring; pain
     * remains unchanged and she cannot lift her child"; "She underwent a course of PT in 2016. Her leg pain is
     * unchanged."; "which helped only briefly"), is a failure of conservative care too; not when the care was not given
     * ("No PT to date. Her leg pain persists."), the outcome is only foreseen ("if leg pain persists"), the care helped
     * ("Her leg pain resolved"), or the care was another person's.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lumbar ESI L4-5 | PT x12 completed last spring; pain remains unchanged and she cannot lift her child. | true
            Lumbar ESI L4-5 | She underwent a course of PT in 2016. Her leg pain is unchanged. | true
            Lumbar ESI L4-5 | PT, chiro and acupuncture have all been tried. None gave lasting relief. | true
            Lumbar ESI L4-5 | She completed 12 sessions of PT last year. Her symptoms have persisted. | true
            Lumbar ESI L4-5 | Conservative care including PT, NSAIDs and a home exercise program over the last 6 months has not changed her symptoms. | true
            Lumbar ESI L4-5 | Prior PT x 12 - minimal help. | true
            Hand surgery consult | She has worn night splints and had a steroid injection over the past 4 months, which helped only briefly. | true
            Hand surgery consult | Splinting x 3 mo and a CSI; numbness is unchanged and she drops things. | true
            Lumbar ESI L4-5 | No PT to date. Her leg pain persists. | false
            Lumbar ESI L4-5 | She will start PT next week; if leg pain persists, an ESI will be considered. | false
            Lumbar ESI L4-5 | She completed PT in 2016. Her leg pain resolved and she returned to full duty. | false
            Lumbar ESI L4-5 | Her mother had PT for sciatica that persisted. She has had no treatment yet. | false
            Lumbar ESI L4-5 | The treatment plan included an MRI and physical therapy 2 times a week for 6 weeks. Work status: temporarily totally disabled. | false
            Lumbar ESI L4-5 | Plan: PT 2x6 for the low back. Pain persists at 7/10 today. | false
            Lumbar ESI L4-5 | She had 6 visits of PT last fall, which helped temporarily. | true
            Hand surgery consult | Night splinting and a steroid injection gave only short relief. | true
            Hand surgery consult | A cortisone injection in October brought brief relief; the numbness is back. | true
            Lumbar ESI L4-5 | Physical therapy provided short-lived relief. | true
            """)
    void theOutcomeToldAfterTheCareHoweverFarIsAFailureOfConservativeCare(String item, String summary,
            boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of(summary, item))
                .isPresent()).as("%s", summary).isEqualTo(stated);
    }

    /**
     * Care that the notes say did not work, in the words they use for it ("has not been successful", "was not
     * effective", "of no help", "made the pain worse"), is a failure of conservative care; care that worked, or whose
     * failure is only foreseen, is not, nor are the words of work status or help at home beside "Pt" for the patient
     * ("Pt had not worked since the injury").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Conservative care has not been successful. | true
            Physical therapy was not effective. | true
            Her medications have not been effective. | true
            Pt had not worked since the injury. | false
            The patient did not work for three months. | false
            Pt has no help at home; therapy is requested. | false
            Chiropractic care was of no help. | true
            Treatment has been unhelpful. | true
            The home exercises made the pain worse. | true
            Therapy has not been beneficial. | true
            Physical therapy has been effective. | false
            PT was helpful and she wants more. | false
            If therapy is not effective, surgery may be considered. | false
            Medications work well. | false
            """)
    void careTheNotesSayDidNotWorkIsAFailureOfConservativeCare(String summary, boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of(summary, "Lumbar ESI L4-5"))
                .isPresent()).as("%s", summary).isEqualTo(stated);
    }

    /** Care that "helped only briefly" or "temporarily" is no improvement with the care given so far. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Night splints and a CSI helped only briefly. | false
            PT helped temporarily. | false
            Splinting gave her only short relief. | false
            The injection gave brief relief. | false
            PT is helping; she is still improving. | true
            """)
    void careThatHelpedOnlyBrieflyIsNoImprovementWithCare(String summary, boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find("IMPROVING_WITH_CARE", SummaryTexts.of(summary, "Work hardening x 10"))
                .isPresent()).as("%s", summary).isEqualTo(stated);
    }
}
