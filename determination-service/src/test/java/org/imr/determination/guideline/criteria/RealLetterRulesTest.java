package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of the knowledge base on a real letter: the letter's clinical summary and item go in; the real
 * reviewer's decision and the MAXIMUS guideline line as the letter prints it come out.
 */
class RealLetterRulesTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1} is {4} by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CM16-0213037 | MRI of the right shoulder without contrast | MRI | acoem-mri-shoulder | UPHELD | MTUS Shoulder Complaints 2004, Section(s): Special Studies
            CM16-0213037 | MRI of the cervical spine without contrast | MRI | acoem-mri-cervical-spine | UPHELD | MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies
            CM16-0230651 | MRI of the lumbar spine | MRI | acoem-mri-lumbar-spine | UPHELD | MTUS Low Back Complaints 2004, Section(s): Special Studies
            CM16-0234464 | Single positional MRI of the right hand | MRI | acoem-mri-forearm-wrist-hand | UPHELD | MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies
            CM16-0243453 | MRI of the right knee | MRI | acoem-mri-knee | UPHELD | MTUS Knee Complaints 2004, Section(s): Special Studies
            CM17-0019120 | MRI of the right knee without contrast | MRI | acoem-mri-knee | OVERTURNED | MTUS Knee Complaints 2004, Section(s): Special Studies
            CM16-0230651 | EMG/NCV of the lower extremities | EMG_NCS | mtus-chronic-pain-electrodiagnostic-testing | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Electrodiagnostic testing (EMG/NCS)
            CM16-0230651 | Electro acupuncture to the low back two times a week times six weeks | ACUPUNCTURE | mtus-acupuncture | UPHELD | MTUS Acupuncture Treatment 2007
            CM16-0242419 | Acupuncture therapy sessions lumbar spine #6 | ACUPUNCTURE | mtus-acupuncture | OVERTURNED | MTUS Acupuncture Treatment 2007
            CM16-0230651 | Chiropractic care to the low back two times a week for four weeks | CHIROPRACTIC | mtus-chronic-pain-manipulation | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation
            CM17-0004738 | Chiropractic care for the low back; six sessions | CHIROPRACTIC | mtus-chronic-pain-manipulation | OVERTURNED | MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation
            CM16-0230651 | Ultram 50mg #30 | OPIOID | mtus-opioids-chronic-maintenance | UPHELD | MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment
            CM17-0010420 | Post-op Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed | OPIOID | mtus-opioids-post-operative | OVERTURNED | MTUS Opioid Treatment 2016, Section(s): 1.4 Opioids for Acute Pain: Opioids for Post-operative Pain
            CM16-0230651 | Flexeril 10mg #60 | MUSCLE_RELAXANT | mtus-chronic-pain-cyclobenzaprine | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Cyclobenzaprine (Flexeril)
            CM16-0232543 | Norflex 100mg #60 | MUSCLE_RELAXANT | mtus-chronic-pain-muscle-relaxants | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain)
            CM16-0234464 | Diclofenac ER 100mg #60 | NSAID | mtus-chronic-pain-nsaids | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs)
            CM16-0248698 | Celecoxib 200mg #90 | NSAID | mtus-chronic-pain-celecoxib | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Celebrex (celecoxib)
            CM16-0245466 | Omeprazole | PROTON_PUMP_INHIBITOR | mtus-chronic-pain-ppis | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Proton Pump Inhibitors (PPIs)
            CM16-0234464 | Lidocaine ointment 5% 106.32gm | TOPICAL_COMPOUND | mtus-chronic-pain-topical-analgesics | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics
            CM16-0245466 | Lidocaine patch | TOPICAL_COMPOUND | mtus-chronic-pain-lidoderm | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Lidoderm (lidocaine patch)
            CM16-0245466 | Flector 1.3% transdermal patch | TOPICAL_COMPOUND | mtus-chronic-pain-flector | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Flector patch (diclofenac epolamine)
            CM16-0248698 | Tabradol (unknown quantity) | TOPICAL_COMPOUND | mtus-chronic-pain-compound-drugs | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Compound drugs
            CM17-0007300 | Gabapentin 600mg #90 | ANTI_EPILEPSY_DRUG | mtus-chronic-pain-antiepilepsy-drugs | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Antiepilepsy drugs (AEDs)
            CM16-0248471 | TENS unit | TENS | mtus-chronic-pain-tens | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation)
            CM16-0247274 | Right L5-S1 epidural steroid injection | EPIDURAL_STEROID_INJECTION | acoem-epidural-steroid-injection | UPHELD | MTUS Low Back Complaints 2004, Section(s): Physical Methods
            CM16-0248698 | Functional capacity evaluation (FCE) | OFFICE_VISIT | mtus-functional-capacity-evaluation | UPHELD | MTUS General Approaches 2004, Section(s): General Approach to Initial Assessment and Documentation
            CM17-0016204 | MRI Thoracic Spine | MRI | acoem-mri-cervical-spine | UPHELD | MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies
            CM16-0232543 | X-rays of the lumbar spine | OTHER | acoem-x-ray-lumbar-spine | UPHELD | MTUS Low Back Complaints 2004, Section(s): Special Studies
            CM17-0009441 | X-rays of the thoracic spine | OTHER | acoem-x-ray-cervical-thoracic-spine | UPHELD | MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies
            CM16-0248698 | Venlafaxine HCL ER 37.5mg #90 | OTHER_MEDICATION | mtus-chronic-pain-antidepressants | UPHELD | MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Antidepressants for chronic pain
            CM16-0240524 | Diazepam 5mg #10 | OTHER_MEDICATION | mtus-chronic-pain-benzodiazepines | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines, Benzodiazepine dependence, maintenance
            CM17-0001064 | Urine drug testing | OTHER | mtus-opioids-urine-drug-testing | UPHELD | MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment
            CM16-0245466 | Hot/cold therapy wrap | OTHER | acoem-physical-methods | UPHELD | MTUS Low Back Complaints 2004, Section(s): Physical Methods
            CM17-0010420 | Pre-op labs: CBC | OTHER | odg-preoperative-testing | OVERTURNED | Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Preoperative lab testing
            CM16-0247802 | Spine surgery evaluation for the lumbar | OFFICE_VISIT | mtus-chronic-pain-office-visits-specialist-evaluation | OVERTURNED | MTUS Chronic Pain Medical Treatment 2016, Section(s): Office visits
            CM17-0003619 | EMG of the left upper extremity | EMG_NCS | mtus-chronic-pain-electrodiagnostic-testing-upper-extremity | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Electrodiagnostic testing (EMG/NCS)
            CM16-0230651 | Physical therapy to the low back eight sessions was the original request. Physical therapy to the low back six sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy to the low back two sessions is | PHYSICAL_THERAPY | remaining-portion-of-a-modified-course | UPHELD | MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment
            """)
    void decidesAsTheRealLetter(String caseNumber, String description, ServiceType serviceType, String ruleId,
            Outcome outcome, String citation) {
        ItemDetermination item = engine.decide(RealLetterCaseFiles.caseFile(caseNumber, description, serviceType))
                .items().get(0);

        assertThat(item.ruleId()).isEqualTo(ruleId);
        assertThat(item.outcome()).isEqualTo(outcome);
        assertThat(item.guidelineCitation()).isEqualTo(citation);
        assertThat(item.rationale()).endsWith(outcome == Outcome.OVERTURNED
                ? "The current request is medically necessary." : "The current request is not medically necessary.");
    }
}
