package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts that support a care step of an acute injury or a referral, in the wordings of letters and notes: the Ottawa
 * rules reported positive (ACOEM ch. 14, Special Studies), pain the opioids do not control (MTUS Chronic Pain, Opioids:
 * when to refer to a pain specialist), non-opioid analgesics that did not control an acute pain (MTUS Opioid Treatment
 * 2016, Opioids for Acute Pain), a disability index that fell (8 CCR 9792.20(f), functional improvement), and a
 * diagnosis the records call uncertain (ACOEM ch. 7, p. 127: referral when a diagnosis is uncertain or extremely
 * complex) - never the guideline's own words quoted, nor the same finding negated.
 */
class AcuteInjuryAndReferralFactsTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ACUTE_TRAUMA_BONE_SIGNS     | X-ray of the left ankle | Twisted the left ankle yesterday; Ottawa ankle rules positive. | true
            ACUTE_TRAUMA_BONE_SIGNS     | XR L ankle | Inversion injury 1 day ago, Ottawa +. | true
            ACUTE_TRAUMA_BONE_SIGNS     | X-ray of the right knee | Fell on the knee; the Ottawa knee rules are met. | true
            ACUTE_TRAUMA_BONE_SIGNS     | X-ray of the left ankle | Twisted the left ankle yesterday; Ottawa ankle rules negative. | false
            ACUTE_TRAUMA_BONE_SIGNS     | Right ankle x-rays | Inversion injury yesterday; TTP posterior edge lateral malleolus. | true
            ACUTE_TRAUMA_BONE_SIGNS     | XR L ankle | Rolled L ankle today; TTP post edge of lat malleolus, limps. | true
            ACUTE_TRAUMA_BONE_SIGNS     | Right ankle x-rays | Twisted R ankle; (+) TTP at medial malleolus posterior aspect. | true
            ACUTE_TRAUMA_BONE_SIGNS     | Right ankle x-rays | Ankle sprain; TTP over ATFL only, no malleolar tenderness. | false
            FAILED_CONSERVATIVE_CARE    | Right trigger finger release | Two steroid injections gave relief for several weeks each, then the triggering returned. | true
            FAILED_CONSERVATIVE_CARE    | Left thumb trigger release | 2 cortisone shots each helped for a month, and the triggering recurred. | true
            FAILED_CONSERVATIVE_CARE    | Right trigger finger release | R ring finger triggering for 3 weeks; no injection or splinting yet. | false
            FAILED_CONSERVATIVE_CARE    | Plantar fascia injection, left | Heel pain for 3 months, unrelieved by stretching, orthotics and naproxen. | true
            FAILED_CONSERVATIVE_CARE    | Piriformis injection | Buttock pain not relieved by 6 sessions of PT. | true
            FAILED_CONSERVATIVE_CARE    | Right hip injection | Walking is limited despite 8 sessions of therapy and naproxen. | true
            FAILED_CONSERVATIVE_CARE    | Right hip injection | ADLs remain limited in spite of 6 weeks of physical therapy. | true
            FAILED_CONSERVATIVE_CARE    | Right hip injection | Walking is limited; physical therapy has not been tried yet. | false
            FAILED_CONSERVATIVE_CARE    | Plantar fascia injection, left | Heel pain for 3 months, relieved by stretching and orthotics. | false
            WAKEFULNESS_DRUG_INDICATION | Provigil 200 mg | PSG showed moderate OSA; still sleepy on CPAP. | true
            WAKEFULNESS_DRUG_INDICATION | Nuvigil 150 mg | Works nights; diagnosed with shift work sleep disorder. | true
            WAKEFULNESS_DRUG_INDICATION | Provigil 200 mg | Drowsy from Norco; a sleep study ruled out sleep apnea. | false
            WAKEFULNESS_DRUG_INDICATION | Modafinil 100 mg | Tired during the day on OxyContin 40 mg BID. | false
            TROCHANTERIC_BURSITIS       | Trochanteric bursa injection | Pain over the lateral hip; dx L greater trochanteric pain syndrome. | true
            TROCHANTERIC_BURSITIS       | Hip bursa injection | Point tenderness over the greater trochanter, positive for hip bursitis. | true
            TROCHANTERIC_BURSITIS       | Trochanteric bursa injection | Low back pain radiating to the buttock; no trochanteric tenderness. | false
            SUCCESSFUL_STIMULATOR_TRIAL | Intrathecal pump implantation | After a successful intrathecal morphine trial his pain fell from 8/10 to 3/10. | true
            SUCCESSFUL_STIMULATOR_TRIAL | Implantable drug delivery system | Successful pump trial last month with 60% relief. | true
            SUCCESSFUL_STIMULATOR_TRIAL | Intrathecal pump implantation | An intrathecal trial is planned for next month. | false
            PRIOR_ACUPUNCTURE           | Additional acupuncture x 6 | Acup x6 completed; no change in pain or function. | true
            PRIOR_ACUPUNCTURE           | Acupuncture x 6 | Plan: start acup x6 for chronic neck pain. | false
            PAIN_NOT_CONTROLLED         | Pain management consultation | On Norco four times a day; his pain remains uncontrolled at 8/10. | true
            PAIN_NOT_CONTROLLED         | Referral to pain mgmt | Norco 10/325 QID, pain 8/10 not well controlled. | true
            PAIN_NOT_CONTROLLED         | Pain management consultation | On Norco four times a day; his pain is well controlled at 3/10. | false
            NON_OPIOID_ANALGESIA_FAILED | Norco 5/325 #15 | Ankle sprain 4 days ago, pain 8/10 despite Motrin 800 TID. | true
            NON_OPIOID_ANALGESIA_FAILED | Tramadol 50 mg #20 | Acute knee sprain; pain unrelieved by naproxen. | true
            NON_OPIOID_ANALGESIA_FAILED | Tramadol 50 mg #20 | Acute knee sprain; pain relieved by naproxen. | false
            FUNCTIONAL_IMPROVEMENT      | Chiropractic x 2, lumbar | Chiro trial x 6 completed, ODI 40 -> 22. | true
            FUNCTIONAL_IMPROVEMENT      | Chiropractic x 2, lumbar | Chiro trial x 6 completed, ODI 22 -> 40. | false
            DIAGNOSIS_UNCERTAIN         | Neurology consultation | Numbness of both hands and feet; the etiology is unclear after EMG. | true
            DIAGNOSIS_UNCERTAIN         | Rheumatology consult | Diffuse joint swelling, diagnosis remains uncertain. | true
            DIAGNOSIS_UNCERTAIN         | Neuro consult | HA, dizziness since fall w/ head strike; dx unclear. | true
            DIAGNOSIS_UNCERTAIN         | Physiatry consultation | Neck and shoulder pain with a complicated presentation. | true
            DIAGNOSIS_UNCERTAIN         | Neurology consultation | ACOEM supports a referral when the diagnosis is uncertain or extremely complex. | false
            DIAGNOSIS_UNCERTAIN         | Neurology consultation | Numbness of both hands from carpal tunnel syndrome confirmed on NCS. | false
            """)
    void aFindingInTheWordingsOfLettersAndNotesStatesItsFact(String factId, String item, String summary,
            boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
