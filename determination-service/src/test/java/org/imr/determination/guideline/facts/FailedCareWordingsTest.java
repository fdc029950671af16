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
}
