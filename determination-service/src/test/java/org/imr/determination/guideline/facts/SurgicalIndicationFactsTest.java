package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts that indicate a surgery, in the wordings of letters and notes: an impingement of the ankle with impinging
 * osteophytes (ACOEM ch. 14, Surgical Considerations: clear clinical and imaging evidence of a lesion; ODG Ankle &
 * Foot, Arthroscopy), impingement symptoms or signs of the shoulder (ACOEM ch. 9, p. 211), findings of nerve compromise
 * worded as reflex changes or dermatomal numbness (ACOEM ch. 8, ch. 12), broken or painful hardware (ODG, Hardware implant
 * removal (fracture fixation)), a femoroacetabular impingement (ODG Hip & Pelvis, Arthroscopy), a body mass index of 40 or
 * more (ODG Knee & Leg, Knee joint replacement), a spine fused before (ODG Low Back, Facet joint diagnostic blocks), a
 * psychosocial screen that cleared the worker for surgery (ODG Low Back, Fusion (spinal)), a chondral defect on the MRI
 * and an effusion or crepitus (ODG Knee & Leg, Chondroplasty), a Dupuytren's flexion contracture (ODG Forearm, Wrist &
 * Hand), a complete rupture of the distal biceps (ODG Elbow), a tear
 * in a sentence that names the long head of the biceps (the shoulder's, not the head), moderately advanced osteoarthritis (ODG Hip & Pelvis,
 * Intra-articular steroid hip injection); never the same finding
 * negated or planned, nor one of another region.
 */
class SurgicalIndicationFactsTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ANKLE_IMPINGEMENT     | Right ankle arthroscopy, debridement | Anterior ankle impingement with painful dorsiflexion. | true
            ANKLE_IMPINGEMENT     | Right ankle arthroscopy, debridement | X-rays: large anterior tibial osteophyte and a spur on the talus. | true
            ANKLE_IMPINGEMENT     | Left ankle scope | Posterior impingement from an os trigonum on MRI. | true
            ANKLE_IMPINGEMENT     | Right ankle arthroscopy, debridement | No anterior impingement; x-rays without osteophytes. | false
            ANKLE_IMPINGEMENT     | Right ankle arthroscopy, debridement | Shoulder impingement; lumbar osteophytes. | false
            SHOULDER_IMPINGEMENT  | Right shoulder SAD | Persistent impingement symptoms in the right shoulder despite PT. | true
            SHOULDER_IMPINGEMENT  | Right shoulder SAD | Signs of impingement on exam of the R shoulder. | true
            SHOULDER_IMPINGEMENT  | Right shoulder SAD | No impingement signs; shoulder exam benign. | false
            NEUROLOGICAL_DEFICIT  | L5-S1 microdiscectomy | Left S1 radiculopathy with reflex changes at the ankle. | true
            NEUROLOGICAL_DEFICIT  | L5-S1 microdiscectomy | Dermatomal numbness in the left S1 distribution. | true
            NEUROLOGICAL_DEFICIT  | L5-S1 microdiscectomy | No reflex changes; no dermatomal numbness. | false
            HARDWARE_PROBLEM      | Removal of hardware, right ankle | Painful prominent hardware at the lateral malleolus. | true
            HARDWARE_PROBLEM      | ROH L wrist | X-ray: broken screw in the volar plate. | true
            HARDWARE_PROBLEM      | Hardware removal L4-5 | CT shows loosening of the L5 pedicle screws. | true
            HARDWARE_PROBLEM      | Removal of hardware, right ankle | Hardware intact without loosening; fracture healed. | false
            FEMOROACETABULAR_IMPINGEMENT | Right hip arthroscopy | FAI of the right hip with a cam lesion on x-ray. | true
            FEMOROACETABULAR_IMPINGEMENT | Right hip arthroscopy | Pincer-type impingement of the R hip on CT. | true
            FEMOROACETABULAR_IMPINGEMENT | Right hip arthroscopy | No evidence of femoroacetabular impingement on the films. | false
            MORBID_OBESITY        | Right total knee arthroplasty | Her BMI is 46. | true
            MORBID_OBESITY        | Left TKA | Morbidly obese, BMI 44.2. | true
            MORBID_OBESITY        | Left TKA | Body mass index of 41.5 kg/m2. | true
            MORBID_OBESITY        | Left TKA | BMI 31, 45 years of work as a carpenter. | false
            MORBID_OBESITY        | Left TKA | Her BMI is 33 and she is 55 years old. | false
            MORBID_OBESITY        | Left TKA | Not morbidly obese. | false
            PRIOR_SPINAL_FUSION   | L3-4 medial branch blocks | Status post L4-S1 fusion in 2013. | true
            PRIOR_SPINAL_FUSION   | L5-S1 facet injections | S/p L5-S1 TLIF 2014. | true
            PRIOR_SPINAL_FUSION   | C5-6 facet injection | He underwent a C6-7 ACDF in 2012. | true
            PRIOR_SPINAL_FUSION   | L4-5 facet injections | An L4-5 fusion was recommended by the spine surgeon. | false
            PRIOR_SPINAL_FUSION   | L4-5 facet injections | He is a candidate for fusion at L4-5. | false
            PRIOR_SPINAL_FUSION   | L4-5 medial branch block | PMH: L4-5 PLIF 2013. | true
            PRIOR_SPINAL_FUSION   | L5-S1 medial branch block | Past surgical history: L5-S1 ALIF in 2010. | true
            PRIOR_SPINAL_FUSION   | L5-S1 medial branch block | PSH: appendectomy; L5-S1 fusion planned if the block fails. | false
            PSYCHOLOGICAL_CLEARANCE | L4-5 fusion | A psychological evaluation cleared him for surgery. | true
            PSYCHOLOGICAL_CLEARANCE | L4-5 fusion | Presurgical psych eval completed, cleared for surgery. | true
            PSYCHOLOGICAL_CLEARANCE | L4-5 fusion | Passed the psychological screening in November. | true
            PSYCHOLOGICAL_CLEARANCE | L4-5 fusion | No psychological screening has been performed. | false
            PSYCHOLOGICAL_CLEARANCE | L4-5 fusion | Psych eval completed? Not yet; awaiting scheduling. | false
            PSYCHOLOGICAL_CLEARANCE | L4-5 TLIF | Psychological evaluation: good candidate for surgery. | true
            PSYCHOLOGICAL_CLEARANCE | L4-5 TLIF | Psych evaluation requested, not yet completed. | false
            PSYCHOLOGICAL_CLEARANCE | L4-5 TLIF | He was not cleared on the psychological evaluation because of untreated depression. | false
            CHONDRAL_DEFECT_ON_IMAGING | Right knee arthroscopic chondroplasty | MRI: grade III chondromalacia of the patella. | true
            CHONDRAL_DEFECT_ON_IMAGING | L knee chondroplasty | Full-thickness cartilage loss of the medial femoral condyle on the MR scan. | true
            CHONDRAL_DEFECT_ON_IMAGING | L knee chondroplasty | MRI of the left knee shows an osteochondral lesion of the trochlea. | true
            CHONDRAL_DEFECT_ON_IMAGING | L knee chondroplasty | MRI of the knee: cartilage intact, no chondral defect. | false
            CHONDRAL_DEFECT_ON_IMAGING | L knee chondroplasty | Crepitus with patellar grind; an MRI has not been done. | false
            JOINT_EFFUSION_OR_CREPITUS | Right knee chondroplasty | Small effusion of the right knee. | true
            JOINT_EFFUSION_OR_CREPITUS | Right knee chondroplasty | Patellofemoral crepitation with active extension. | true
            JOINT_EFFUSION_OR_CREPITUS | Right knee chondroplasty | No effusion; no crepitus. | false
            DUPUYTREN_FLEXION_CONTRACTURE | Needle aponeurotomy, right ring finger | Cord of the ring finger with a 40 degree MCP contracture. | true
            DUPUYTREN_FLEXION_CONTRACTURE | Xiaflex injection, left small finger | Tabletop test is positive. | true
            DUPUYTREN_FLEXION_CONTRACTURE | Palmar fasciectomy | The PIP joint is contracted 30 degrees. | true
            DUPUYTREN_FLEXION_CONTRACTURE | Palmar fasciectomy | Palmar nodule; no flexion contracture; full extension of the fingers. | false
            DUPUYTREN_FLEXION_CONTRACTURE | Xiaflex injection, left small finger | Dupuytren's nodule; she can lay the hand flat on the table. | false
            SEVERE_STRUCTURAL_TEAR | Right distal biceps tendon repair | Complete distal biceps rupture on MRI last week. | true
            SEVERE_STRUCTURAL_TEAR | Left distal biceps repair | MRI: complete avulsion of the distal biceps tendon from the radial tuberosity, retracted 4 cm. | true
            SEVERE_STRUCTURAL_TEAR | Left distal biceps repair | Partial tear of the distal biceps tendon, not a complete rupture. | false
            SEVERE_STRUCTURAL_TEAR | Arthroscopic RCR, right shoulder | Full-thickness supraspinatus tear on MRI and a frayed long head of the biceps. | true
            SEVERE_STRUCTURAL_TEAR | Right shoulder arthroscopy | Full-thickness tear of the LHB tendon in the bicipital groove. | true
            SEVERE_STRUCTURAL_TEAR | Right shoulder arthroscopy | Full-thickness tear of the Achilles tendon. | false
            ADVANCED_OSTEOARTHRITIS | Right hip intra-articular steroid injection | Moderately advanced OA of the right hip on x-rays. | true
            ADVANCED_OSTEOARTHRITIS | Left hip IA steroid injection | Advanced degenerative changes of the left hip joint. | true
            ADVANCED_OSTEOARTHRITIS | Left hip IA steroid injection | Mild OA of the left hip. | false
            """)
    void aFindingInTheWordingsOfLettersAndNotesStatesItsFact(String factId, String item, String summary,
            boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
