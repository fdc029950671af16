package org.imr.determination.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The anesthesia, the image guidance and the facility of an injection or a surgery that the same application disputes
 * follow it: not medically necessary with a procedure that is not; with one that is, medically necessary when the
 * procedure includes them (the fluoroscopy the MTUS asks of an epidural injection, the anesthesia of a surgery, the
 * facility), and otherwise decided by their own rule (sedation for an injection: ODG, only with anxiety). Each service
 * is worded several ways; a service naming a family of its own ("ESI under fluoroscopy") is no service of another.
 */
class ServicesOfAnInjectionTest {

    private static final String RADICULOPATHY = "Right leg pain in the L5 dermatome with decreased sensation and a "
            + "positive straight leg raise; the MRI shows an L4-5 disc herniation compressing the right L5 root; "
            + "physical therapy and NSAIDs for three months failed.";
    private static final String AXIAL_PAIN = "Axial low back pain without leg symptoms; the examination shows no "
            + "radicular findings.";
    private static final String MENISCAL_TEAR = "Left knee locking and catching with medial joint line tenderness "
            + "and a positive McMurray; the MRI shows a bucket handle tear of the medial meniscus; 8 weeks of therapy "
            + "did not help.";
    private static final String DEGENERATIVE_KNEE = "Diffuse knee pain; the MRI shows degenerative fraying of the "
            + "meniscus and tricompartmental osteoarthritis.";

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0} + {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Lumbar ESI L4-5             | Fluoroscopic guidance            | AXIAL_PAIN        | UPHELD     | ancillary-services-follow-procedure
            Transforaminal ESI, L4-5    | fluoroscopy                      | AXIAL_PAIN        | UPHELD     | ancillary-services-follow-procedure
            Lumbar ESI L4-5             | IV sedation                      | AXIAL_PAIN        | UPHELD     | ancillary-services-follow-procedure
            Lumbar ESI L4-5             | Monitored anesthesia care        | AXIAL_PAIN        | UPHELD     | ancillary-services-follow-procedure
            Lumbar ESI L4-5             | Facility fee                     | AXIAL_PAIN        | UPHELD     | ancillary-services-follow-procedure
            Right L5 TFESI              | Fluoroscopic guidance            | RADICULOPATHY     | OVERTURNED | mtus-chronic-pain-esi-fluoroscopic-guidance
            Right L4-5 epidural steroid injection | fluoroscopically guided | RADICULOPATHY     | OVERTURNED | mtus-chronic-pain-esi-fluoroscopic-guidance
            Right L5 TFESI              | Outpatient surgery center        | RADICULOPATHY     | OVERTURNED | facility-of-a-necessary-procedure
            Right L5 TFESI              | IV sedation                      | RADICULOPATHY     | UPHELD     | odg-sedation-for-spinal-injections
            Left knee arthroscopy with partial medial meniscectomy | Monitored anesthesia care | MENISCAL_TEAR | OVERTURNED | anesthesia-of-a-necessary-surgery
            Left knee arthroscopy with partial medial meniscectomy | General anesthesia | MENISCAL_TEAR | OVERTURNED | anesthesia-of-a-necessary-surgery
            Left knee arthroscopy with partial medial meniscectomy | Ambulatory surgery center facility fee | MENISCAL_TEAR | OVERTURNED | facility-of-a-necessary-procedure
            Left knee arthroscopy with partial medial meniscectomy | MAC anesthesia | DEGENERATIVE_KNEE | UPHELD | ancillary-services-follow-procedure
            """)
    void aServiceOfTheProcedureFollowsIt(String procedure, String service, String summary, Outcome outcome,
            String ruleId) {
        ItemDetermination decided = decide(summary, procedure, service).get(1);

        assertThat(decided.outcome()).isEqualTo(outcome);
        assertThat(decided.ruleId()).isEqualTo(ruleId);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lumbar ESI under fluoroscopy     | Right SI joint injection
            Fluoroscopically guided L4-5 ESI | Bilateral L4-5 facet injections
            """)
    void anInjectionUnderImageGuidanceIsNoServiceOfAnotherInjection(String guidedInjection, String other) {
        ItemDetermination decided = decide(AXIAL_PAIN, guidedInjection, other).get(0);

        assertThat(decided.ruleId()).isEqualTo("acoem-epidural-steroid-injection");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Post-operative physical therapy x 12 | Right shoulder subacromial steroid injection
            Post-op PT 2x6                       | Lumbar ESI L4-5
            """)
    void aServiceOfASurgeryDoesNotFollowAnInjection(String postOperative, String injection) {
        ItemDetermination decided = decide(AXIAL_PAIN, postOperative, injection).get(0);

        assertThat(decided.ruleId()).isEqualTo("mtus-postsurgical-physical-medicine");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A lumbar ESI is planned.                                                          | UPHELD
            A lumbar ESI is planned. She has a needle phobia and fainted at her last injection. | OVERTURNED
            A lumbar ESI is planned; generalized anxiety disorder treated by her psychiatrist.  | OVERTURNED
            A lumbar ESI is planned; she denies anxiety.                                         | UPHELD
            """)
    void sedationAloneIsForAWorkerWithAnxiety(String summary, Outcome outcome) {
        ItemDetermination decided = decide("Chronic low back pain. " + summary, "IV sedation").get(0);

        assertThat(decided.ruleId()).isEqualTo("odg-sedation-for-spinal-injections");
        assertThat(decided.outcome()).isEqualTo(outcome);
    }

    private List<ItemDetermination> decide(String summary, String... items) {
        String text = switch (summary) {
            case "RADICULOPATHY" -> RADICULOPATHY;
            case "AXIAL_PAIN" -> AXIAL_PAIN;
            case "MENISCAL_TEAR" -> MENISCAL_TEAR;
            case "DEGENERATIVE_KNEE" -> DEGENERATIVE_KNEE;
            default -> summary;
        };
        List<DisputedTreatment> treatments = new ArrayList<>();
        for (int index = 0; index < items.length; index++) {
            treatments.add(new DisputedTreatment(index + 1, items[index], ServiceType.UNKNOWN, null, null, null, null));
        }
        LocalDate received = LocalDate.of(2017, 1, 9);
        return engine.decide(new CaseFile(List.of(), List.of(), List.of(), null, null, null, text, List.of(),
                treatments, received, received.minusDays(400), null)).items();
    }
}
