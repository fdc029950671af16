package org.imr.determination.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "MRA" of a joint is an MR arthrogram, cited from the chapter of its joint; of the head, the neck or the carotids it
 * is an MR angiogram, which no arthrogram criteria govern.
 */
class ArthrogramAndAngiographyTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MRA right shoulder              | odg-mr-arthrogram                      | ODG) Shoulder, MR arthrogram
            Left hip MRA                    | odg-mr-arthrogram                      | ODG) Hip & Pelvis, Arthrography
            MR arthrogram of the right hip  | odg-mr-arthrogram                      | ODG) Hip & Pelvis, Arthrography
            Knee MR arthrogram, left        | odg-mr-arthrogram                      | ODG) Knee & Leg, MR arthrography
            MRA neck                        | mtus-diagnostic-studies-family-default | MTUS General Approaches
            MRA of the brain                | mtus-diagnostic-studies-family-default | MTUS General Approaches
            Carotid MRA                     | mtus-diagnostic-studies-family-default | MTUS General Approaches
            CT angiogram of the chest       | mtus-diagnostic-studies-family-default | MTUS General Approaches
            """)
    void anMraIsReadByWhatItImages(String item, String ruleId, String citation) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        ItemDetermination decided = engine.decide(new CaseFile(List.of(), List.of(), List.of(), null, null, null,
                "Chronic pain after a work injury.", List.of(),
                List.of(new DisputedTreatment(1, item, ServiceType.UNKNOWN, null, null, null, null)), received,
                received.minusDays(400), null)).items().getFirst();

        assertThat(decided.ruleId()).isEqualTo(ruleId);
        assertThat(decided.guidelineCitation()).contains(citation);
    }
}
