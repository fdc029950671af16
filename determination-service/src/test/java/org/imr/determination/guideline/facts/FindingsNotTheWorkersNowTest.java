package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Findings of the knowledge base that the records state of the requested region, side and worker now, against the
 * same words said of another side, another person, the past, a plan only foreseen, or a denied service.
 */
class FindingsNotTheWorkersNowTest {

    private final ClinicalFactFinder finder = new ClinicalFactFinder(new GuidelineKnowledgeBaseLoader().loadDefault()
            .clinicalFacts());

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            RED_FLAG | MRI of the lumbar spine | He reports new saddle anesthesia and bowel incontinence. | His brother had cauda equina syndrome with bowel incontinence.
            RED_FLAG | MRI of the lumbar spine | He has a left foot drop. | He had a discectomy in 2013 for a left foot drop, which resolved.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | Sensation is decreased in the left L5 dermatome. | Sensation is intact to light touch in all dermatomes.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | There is a dermatomal sensory deficit at left L5. | Pain radiates in a dermatomal pattern to the left foot.
            INTERNAL_DERANGEMENT | MRI of the right knee | Examination of the right knee shows a positive McMurray's test. | Examination of the left knee shows a positive McMurray's test.
            SURGICAL_PLAN | Pre-operative medical clearance | He is scheduled for an L4-5 microdiscectomy next week. | The physician may consider surgery in the future if symptoms persist.
            SURGICAL_PLAN | Pre-operative medical clearance | He is scheduled for an L4-5 microdiscectomy next week. | The requested L4-5 microdiscectomy was not certified.
            NEUROLOGICAL_DEFICIT | MRI of the cervical spine | Decreased sensation in the right C6 dermatome. | Right carpal tunnel syndrome with decreased sensation in the median nerve distribution.
            NEUROLOGICAL_DEFICIT | Cervical epidural steroid injection C6-7 | Neck pain with decreased sensation in the right C7 dermatome. | Cervical strain; right cubital tunnel with positive Tinel's at the elbow.
            NEUROLOGICAL_DEFICIT | EMG/NCS of the right upper extremity | Right carpal tunnel syndrome with decreased sensation in the median nerve distribution. | Carpal tunnel syndrome with sensation intact.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | Examination shows weakness of the left EHL. | Per UR, there was weakness of the left EHL.
            RED_FLAG | MRI of the lumbar spine | He has a left foot drop. | The peer reviewer noted a left foot drop.
            SURGICAL_PLAN | Pre-operative medical clearance | The carpal tunnel release was certified by UR and is scheduled. | The carpal tunnel release has not been authorized.
            SURGICAL_PLAN | Pre-operative medical clearance | The L4-5 fusion was authorized and is scheduled. | The request for an L4-5 fusion remains pending authorization.
            SURGERY_CONSIDERED | MRI of the lumbar spine | Failed PT. Open to surgery. | Failed PT. Surgery is not an option for him.
            SURGERY_CONSIDERED | MRI of the right wrist | Failed splinting. Patient wants a surgical opinion. | Failed splinting. Patient wants a second opinion.
            SURGERY_CONSIDERED | MRI R wrist | Failed OT/splint x 3 mo, pt wants surgical opinion. | Failed OT/splint x 3 mo, pt wants 2nd opinion.
            SURGERY_CONSIDERED | Spine surgery consultation | Failed PT and ESI; she would consider surgery. | Low back strain 2 weeks ago; will consider surgery if no improvement.
            SURGERY_CONSIDERED | Orthopedic consultation, lumbar | Surgical candidate per the spine surgeon. | Surgical candidate if conservative care fails.
            SURGERY_CONSIDERED | Neurosurgical consult | Open to surgery. | Open to surgery should symptoms persist after PT.
            SURGICAL_REFERRAL_REASON | Spine surgery consultation | Failed PT and ESI; she would consider surgery. | Will consider surgery if there is no improvement with PT.
            SURGICAL_REFERRAL_REASON | Ortho consult L/S | Pt is a surgical candidate. | Pt may become a surgical candidate if she does not improve.
            PRIOR_FUNCTIONAL_RESTORATION | Continued FRP x 10 days | She completed 2 weeks of the FRP. | An FRP evaluation was completed.
            PRIOR_FUNCTIONAL_RESTORATION | FRP, additional 80 hours | Attended the HELP program for 10 days. | The HELP program for 10 days is requested.
            PRIOR_FUNCTIONAL_RESTORATION | Functional restoration program | S/p 4 weeks of functional restoration. | The functional restoration program was denied by UR.
            PERIPHERAL_NEUROPATHY | NCS of the bilateral lower extremities | Numbness of both feet in a stocking glove distribution. | Numbness of the left foot in the L5 dermatome.
            PERIPHERAL_NEUROPATHY | NCV BLE | Diabetic polyneuropathy suspected. | L5 radiculopathy suspected.
            PERIPHERAL_NEUROPATHY | NCS of the bilateral lower extremities | Decreased sensation of both feet in a stocking pattern. | Decreased sensation of the left foot.
            SACROILIAC_PROVOCATIVE_TESTS | Right SI joint injection | Three positive provocative tests of the right SI joint. | Two positive provocative tests of the right SI joint.
            SACROILIAC_PROVOCATIVE_TESTS | Right SI joint injection | 3 positive SI provocation tests on the R. | Only 2 positive SI provocation tests on the R.
            PRIOR_TRIGGER_POINT_INJECTION | Trigger point injections, trapezius | Prior TPIs gave 30% relief. | TPIs were discussed with the patient.
            PRIOR_TRIGGER_POINT_INJECTION | Trigger point injections, trapezius | She had trigger point injections in March. | Trigger points with twitch response in the trapezius.
            RED_FLAG | MRI of the lumbar spine | History of breast cancer; now an unintentional weight loss of 10 lbs. | History of a basal cell carcinoma of the nose excised in 2012.
            RED_FLAG | MRI of the lumbar spine | Unintended wt loss 12 lb over 2 months. | Lost 20 lbs on purpose with diet.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | Status post laminectomy in 2014 with residual decreased sensation in the left L5 dermatome. | He had decreased sensation in the left L5 dermatome in 2014 before his laminectomy.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | The treating physician reported decreased sensation in the left foot. | He reports decreased sensation in his left foot.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | He reports leg pain and on examination there is decreased sensation in the left foot. | Subjective: decreased sensation in the left foot.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | Examination on 11/20/2016 shows an absent left ankle reflex. | The QME in 2013 documented an absent left ankle reflex.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | Sensory exam: decreased sensation in the left L5 dermatome. | Sensory exam: patchy decreased sensation in the left leg, non-dermatomal.
            NEUROLOGICAL_DEFICIT | MRI of the lumbar spine | Seated SLR positive on the left, reproducing leg pain. | Seated SLR positive on the left for back pain only.
            """)
    void theFindingCountsOnlyForTheWorkerNowInTheRequestsRegionAndSide(String factId, String item, String stated,
            String notStated) {
        assertThat(finder.find(factId, SummaryTexts.of(stated, item))).isPresent();
        assertThat(finder.find(factId, SummaryTexts.of(notStated, item))).isEmpty();
    }
}
