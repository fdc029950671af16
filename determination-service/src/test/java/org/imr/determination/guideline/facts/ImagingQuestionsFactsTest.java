package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A complex regional pain syndrome to confirm or rule out by a three-phase bone scan (MTUS Chronic Pain, CRPS,
 * diagnostic tests and diagnostic criteria): the syndrome named as diagnosed or in question ("R/O CRPS", "possible
 * RSD", "CRPS vs neuropathic pain"), not when the records exclude it; its clinical signs read by category (sensory,
 * vasomotor, sudomotor or edema, motor or trophic), each affirmed; and an inflammatory arthropathy, one of the few
 * indications of a bone scan of the low back (ODG Low Back, Bone scan). The questions a CT or an ultrasound of the knee
 * answers (ODG Knee & Leg, Computed tomography; Ultrasound, diagnostic): a suspected tear of the quadriceps or patellar
 * tendon, a patellar tendinopathy, a popliteal cyst, a fracture plain films leave in question, a loose joint replacement;
 * the status of a fusion in question, for flexion and extension films (ODG Low Back, Radiography: post-surgery); and
 * what a walking boot immobilizes (ODG Ankle & Foot, Immobilization): an Achilles rupture or repair, a severe sprain.
 */
class ImagingQuestionsFactsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2017, 1, 9);

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CRPS_SUSPECTED                | Triple phase bone scan R hand | Suspected CRPS of the right hand. | true
            CRPS_SUSPECTED                | Triple phase bone scan R hand | R/O CRPS. | true
            CRPS_SUSPECTED                | Triple phase bone scan R hand | Possible reflex sympathetic dystrophy of the hand. | true
            CRPS_SUSPECTED                | Triple phase bone scan R hand | The provider suspects complex regional pain syndrome. | true
            CRPS_SUSPECTED                | Triple phase bone scan R hand | CRPS vs neuropathic pain of the hand. | true
            CRPS_SUSPECTED                | Triple phase bone scan R hand | Chronic hand pain; CRPS not suspected. | false
            CRPS_SUSPECTED                | Triple phase bone scan R hand | CRPS was ruled out by the pain specialist. | false
            CRPS_SUSPECTED                | Triple phase bone scan R hand | Chronic hand pain after a crush injury. | false
            CRPS_SENSORY_SIGNS            | Triple phase bone scan R hand | Exam: allodynia of the dorsum of the hand. | true
            CRPS_SENSORY_SIGNS            | Triple phase bone scan R hand | The hand is painful to light touch. | true
            CRPS_SENSORY_SIGNS            | Triple phase bone scan R hand | No allodynia or hyperalgesia. | false
            CRPS_VASOMOTOR_SIGNS          | Triple phase bone scan R hand | The R hand is mottled and cooler than the L. | true
            CRPS_VASOMOTOR_SIGNS          | Triple phase bone scan R hand | Temperature asymmetry between the hands. | true
            CRPS_VASOMOTOR_SIGNS          | Triple phase bone scan R hand | No color or temperature change. | false
            CRPS_SUDOMOTOR_OR_EDEMA_SIGNS | Triple phase bone scan R hand | Swelling and increased sweating of the R hand. | true
            CRPS_SUDOMOTOR_OR_EDEMA_SIGNS | Triple phase bone scan R hand | No edema of the hand. | false
            CRPS_MOTOR_OR_TROPHIC_SIGNS   | Triple phase bone scan R hand | Trophic nail changes of the R hand. | true
            CRPS_MOTOR_OR_TROPHIC_SIGNS   | Triple phase bone scan R hand | Shiny skin over the fingers. | true
            CRPS_MOTOR_OR_TROPHIC_SIGNS   | Triple phase bone scan R hand | No trophic changes. | false
            INFLAMMATORY_ARTHROPATHY      | Bone scan lumbar spine        | Ankylosing spondylitis with morning stiffness. | true
            INFLAMMATORY_ARTHROPATHY      | Bone scan lumbar spine        | HLA-B27 positive; bilateral sacroiliitis suspected on x-ray. | true
            INFLAMMATORY_ARTHROPATHY      | Bone scan lumbar spine        | Degenerative disc disease; no inflammatory arthritis. | false
            KNEE_EXTENSOR_TENDON_TEAR     | Ultrasound of the right knee  | Palpable gap above the patella; he cannot perform a straight leg raise. | true
            KNEE_EXTENSOR_TENDON_TEAR     | Ultrasound of the right knee  | Suspected quad tendon rupture after a stumble. | true
            KNEE_EXTENSOR_TENDON_TEAR     | Ultrasound of the right knee  | No palpable defect; straight leg raise intact. | false
            PATELLAR_TENDINOPATHY         | Ultrasound of the right knee  | Jumper's knee of the right knee. | true
            PATELLAR_TENDINOPATHY         | Ultrasound of the right knee  | Patellar tendonitis, R. | true
            POPLITEAL_CYST                | Ultrasound of the right knee  | Fullness in the popliteal fossa, r/o Baker's cyst. | true
            POPLITEAL_CYST                | Ultrasound of the right knee  | No popliteal mass. | false
            RADIOGRAPHS_INCONCLUSIVE      | CT of the left knee           | The films are equivocal for a plateau fracture. | true
            RADIOGRAPHS_INCONCLUSIVE      | CT of the left knee           | Inconclusive x-rays of the knee. | true
            RADIOGRAPHS_INCONCLUSIVE      | CT of the left knee           | X-rays of the knee were normal. | false
            ARTHROPLASTY_LOOSENING_QUESTION | CT of the left knee         | Painful total knee replacement; rule out loosening. | true
            ARTHROPLASTY_LOOSENING_QUESTION | CT of the left knee         | The films show loosening of the tibial component. | true
            ARTHROPLASTY_LOOSENING_QUESTION | CT of the left knee         | Well-fixed components, no loosening. | false
            FUSION_IN_QUESTION            | Lumbar flexion/extension films | s/p L4-5 fusion 1 yr ago; concern for pseudarthrosis. | true
            FUSION_IN_QUESTION            | Lumbar flexion/extension films | After the L5-S1 fusion, a question of nonunion. | true
            FUSION_IN_QUESTION            | Lumbar flexion/extension films | The L4-5 fusion is solid on the films. | false
            ACHILLES_RUPTURE              | CAM walker                    | Ruptured L Achilles tendon, nonoperative treatment. | true
            ACHILLES_RUPTURE              | CAM walker                    | Two weeks after the Achilles tendon repair. | true
            ACHILLES_RUPTURE              | CAM walker                    | Achilles tendinitis; no rupture. | false
            ACHILLES_RUPTURE              | CAM walker                    | Achilles tendon intact, no tear on the MRI. | false
            SEVERE_ANKLE_SPRAIN           | CAM walker, left ankle        | Grade III sprain of the left ankle. | true
            SEVERE_ANKLE_SPRAIN           | CAM walker, left ankle        | High ankle sprain; unable to bear weight. | true
            SEVERE_ANKLE_SPRAIN           | CAM walker, left ankle        | Mild ankle sprain; the ankle is stable. | false
            """)
    void theSyndromeAndItsSignsAreReadFromTheRecords(String factId, String item, String summary, boolean stated) {
        assertThat(found(factId, summary, item)).as("%s", summary).isEqualTo(stated);
    }

    private static boolean found(String factId, String summary, String item) {
        DisputedTreatment treatment = new DisputedTreatment(1, item, ServiceType.UNKNOWN, null, null, null, null);
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(treatment), RECEIVED, null, RECEIVED);
        return SummaryTexts.NAMED_FACTS.find(factId, CaseText.of(caseFile, treatment, SummaryTexts.VOCABULARY))
                .isPresent();
    }
}
