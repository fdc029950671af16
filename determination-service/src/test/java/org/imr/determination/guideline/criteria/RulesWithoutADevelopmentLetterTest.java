package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules no letter of the development set reaches (surgery of the spine, elbow and foot, thermography): each is
 * decided on clinical text in the letters' style, once documented and once not.
 */
class RulesWithoutADevelopmentLetterTest {

    private static final String DOCUMENTED = "Imaging revealed a disc herniation at L5-S1 with nerve root compression "
            + "and a full thickness tear. The examination revealed decreased sensation in the L5 dermatome. Pain "
            + "persisted despite physical therapy and medications.";
    private static final String UNDOCUMENTED = "The injured worker reports pain. Treatment to date has included "
            + "medications. The examination revealed tenderness.";

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0} decides {1}: {2} when the records document the criteria, {3} when not")
    @CsvSource(delimiter = '|', textBlock = """
            acoem-surgery-low-back   | L5-S1 microdiscectomy, lumbar spine           | OVERTURNED | UPHELD
            acoem-surgery-neck       | Anterior cervical discectomy and fusion C5-C6 | OVERTURNED | UPHELD
            acoem-surgery-elbow      | Right cubital tunnel release                  | OVERTURNED | UPHELD
            acoem-surgery-ankle-foot | Left ankle arthroscopy with lateral ligament repair | OVERTURNED | UPHELD
            mtus-thermography        | Infrared stress thermography of the low back  | UPHELD     | UPHELD
            """)
    void decidesByWhatTheRecordsDocument(String ruleId, String description, Outcome documented, Outcome undocumented) {
        ServiceType type = ruleId.contains("surgery") ? ServiceType.SURGERY : ServiceType.OTHER;

        ItemDetermination withCriteria = decide(DOCUMENTED, description, type);
        ItemDetermination withoutCriteria = decide(UNDOCUMENTED, description, type);

        assertThat(withCriteria.ruleId()).isEqualTo(ruleId);
        assertThat(withCriteria.outcome()).isEqualTo(documented);
        assertThat(withoutCriteria.outcome()).isEqualTo(undocumented);
    }

    private ItemDetermination decide(String summary, String description, ServiceType type) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, description, type, null, null, null, null)), LocalDate.of(2017, 1, 9));
        return engine.decide(caseFile).items().get(0);
    }
}
