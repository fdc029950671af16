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

    /** Findings of the region of each request, worded as the letters word them. */
    private static final String LUMBAR = "Imaging revealed a disc herniation at L5-S1 with nerve root compression. "
            + "The examination revealed decreased sensation in the L5 dermatome. Pain persisted despite physical "
            + "therapy and medications.";
    private static final String CERVICAL = "Imaging revealed a disc herniation at C5-C6 with nerve root compression. "
            + "The examination revealed decreased sensation in the C6 dermatome. Pain persisted despite physical "
            + "therapy and medications.";
    private static final String ELBOW = "The right elbow examination revealed decreased sensation in the ulnar "
            + "distribution with a positive Tinel's sign. Pain persisted despite physical therapy and medications.";
    private static final String ANKLE = "Imaging of the left ankle revealed a full thickness tear of the anterior "
            + "talofibular ligament. Pain persisted despite physical therapy and medications.";
    private static final String UNDOCUMENTED = "The injured worker reports pain. Treatment to date has included "
            + "medications. The examination revealed tenderness.";

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0} decides {1}: {3} when the records document the criteria, {4} when not")
    @CsvSource(delimiter = '|', textBlock = """
            acoem-surgery-low-back   | L5-S1 microdiscectomy, lumbar spine           | LUMBAR   | OVERTURNED | UPHELD
            acoem-surgery-neck       | Anterior cervical discectomy and fusion C5-C6 | CERVICAL | OVERTURNED | UPHELD
            acoem-surgery-elbow      | Right cubital tunnel release                  | ELBOW    | OVERTURNED | UPHELD
            acoem-surgery-ankle-foot | Left ankle arthroscopy with lateral ligament repair | ANKLE | OVERTURNED | UPHELD
            mtus-thermography        | Infrared stress thermography of the low back  | LUMBAR   | UPHELD     | UPHELD
            """)
    void decidesByWhatTheRecordsDocument(String ruleId, String description, String region, Outcome documented,
            Outcome undocumented) {
        ServiceType type = ruleId.contains("surgery") ? ServiceType.SURGERY : ServiceType.OTHER;

        ItemDetermination withCriteria = decide(documentedFindings(region), description, type);
        ItemDetermination withoutCriteria = decide(UNDOCUMENTED, description, type);

        assertThat(withCriteria.ruleId()).isEqualTo(ruleId);
        assertThat(withCriteria.outcome()).isEqualTo(documented);
        assertThat(withoutCriteria.outcome()).isEqualTo(undocumented);
    }

    /** The same findings documented of another region than the request's do not meet its criteria. */
    @ParameterizedTest(name = "{1} with findings of the {2} only is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            acoem-surgery-neck       | Anterior cervical discectomy and fusion C5-C6 | LUMBAR   | UPHELD
            acoem-surgery-elbow      | Right cubital tunnel release                  | LUMBAR   | UPHELD
            """)
    void findingsOfAnotherRegionDoNotCount(String ruleId, String description, String region, Outcome outcome) {
        ItemDetermination item = decide(documentedFindings(region), description, ServiceType.SURGERY);

        assertThat(item.ruleId()).isEqualTo(ruleId);
        assertThat(item.outcome()).isEqualTo(outcome);
    }

    private static String documentedFindings(String region) {
        return switch (region) {
            case "LUMBAR" -> LUMBAR;
            case "CERVICAL" -> CERVICAL;
            case "ELBOW" -> ELBOW;
            case "ANKLE" -> ANKLE;
            default -> throw new IllegalArgumentException(region);
        };
    }

    private ItemDetermination decide(String summary, String description, ServiceType type) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, description, type, null, null, null, null)), LocalDate.of(2017, 1, 9));
        return engine.decide(caseFile).items().get(0);
    }
}
