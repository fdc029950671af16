package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the services associated with a surgery are decided by, read in the notes' wordings as in the letters': the
 * comorbidities that call for tests before surgery (ODG Low Back, Preoperative electrocardiogram, Preoperative lab
 * testing) and the minor outpatient procedure that does not.
 */
class SurgicalServicesFactsTest {

    private static final ClinicalFactFinder FINDER = SummaryTexts.NAMED_FACTS;

    @Test
    void cardiacRiskFactorsWrittenAsNotesAbbreviateThem() {
        for (String summary : List.of("62 y/o w/ HTN and DM2; R TKA authorized.", "PMH: CAD s/p CABG, CHF.",
                "Hx of afib on Eliquis.", "Has hypertension and diabetes.", "IDDM, on insulin.")) {
            assertThat(FINDER.find("CARDIAC_RISK", SummaryTexts.of(summary, "Pre-op EKG"))).as("%s", summary)
                    .isPresent();
        }
        assertThat(FINDER.find("CARDIAC_RISK", SummaryTexts.of("Healthy 30 y/o, no PMH; R CTR authorized.",
                "Pre-op EKG"))).isEmpty();
    }

    @Test
    void anNsaidIsAReasonForElectrolytesAndCreatinineOnly() {
        for (String summary : List.of("44 y/o F on ibuprofen 800 tid; L knee scope w/ PMM auth'd.",
                "Takes naproxen daily; a left knee arthroscopic partial meniscectomy is authorized.",
                "On Motrin; approved R knee arthroscopy with chondroplasty.")) {
            assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_TEST_INDICATION", SummaryTexts.of(summary, "Pre-op CBC")))
                    .as("%s", summary).isPresent();
            assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_RENAL_TEST_INDICATION",
                    SummaryTexts.of(summary, "Pre-op BMP"))).as("%s", summary).isEmpty();
        }
        assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_RENAL_TEST_INDICATION", SummaryTexts.of(
                "Healthy 29 y/o, no meds; R trigger finger release authorized.", "Pre-op BMP"))).isPresent();
        assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_TEST_INDICATION", SummaryTexts.of(
                "67 y/o on ibuprofen; L knee scope w/ PMM auth'd.", "Pre-op CBC"))).isEmpty();
    }

    /**
     * ODG Knee & Leg, Knee brace: knee instability or a ligament insufficiency; a knee that gives way or buckles with a
     * meniscal tear is no ligamentous instability.
     */
    @Test
    void aKneeThatGivesWayIsNoInstabilityWithoutALigamentFinding() {
        for (String summary : List.of("L knee locking and giving way; MRI: medial meniscus tear.",
                "The right knee buckles on stairs; McMurray positive.", "Episodes of the knee giving way.")) {
            assertThat(FINDER.find("KNEE_INSTABILITY", SummaryTexts.of(summary, "Hinged knee brace"))).as("%s", summary)
                    .isEmpty();
        }
        for (String summary : List.of("L knee gives way; Lachman 2+, MRI complete ACL tear.",
                "The knee gives way when she pivots; positive Lachman test.", "Recurrent patellar dislocation.",
                "ACL deficient knee that gives way.")) {
            assertThat(FINDER.find("KNEE_INSTABILITY", SummaryTexts.of(summary, "Hinged knee brace"))).as("%s", summary)
                    .isPresent();
        }
    }

    /** ODG Knee & Leg, Knee brace: a reconstructed ligament, a meniscal or articular cartilage repair. */
    @Test
    void aBraceAfterALigamentReconstructionOrAMeniscalRepairNotAfterAMeniscectomy() {
        for (String summary : List.of("L ACL reconstruction scheduled, auth'd.", "s/p R ACL recon 11/28/16, POD#40.",
                "The right knee arthroscopy with meniscal repair was certified.",
                "She is to undergo repair of the medial meniscus next week.", "Approved MPFL reconstruction, L knee.")) {
            assertThat(FINDER.find("KNEE_BRACE_SURGERY", SummaryTexts.of(summary, "Post-op knee brace")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Approved R knee scope w/ PMM and chondroplasty.",
                "L knee arthroscopic partial meniscectomy scheduled, authorized.",
                "The ACL reconstruction was not certified.", "ACL reconstruction in 2009; knee now stable.")) {
            assertThat(FINDER.find("KNEE_BRACE_SURGERY", SummaryTexts.of(summary, "Post-op knee brace")))
                    .as("%s", summary).isEmpty();
        }
    }

    /** ODG Knee & Leg, Meniscectomy: conservative care is not required for a locked or blocked knee. */
    @Test
    void aLockedKneeIsADisplacedTearOrABlockNotEpisodesOfLocking() {
        for (String summary : List.of("R knee locked in flexion since the fall; MRI: displaced bucket handle tear.",
                "The left knee has been locked for 4 days; MRI: flipped meniscal fragment in the notch.",
                "Mechanical block to extension of the right knee.")) {
            assertThat(FINDER.find("LOCKED_KNEE", SummaryTexts.of(summary, "Ortho consult, knee"))).as("%s", summary)
                    .isPresent();
        }
        for (String summary : List.of("Occasional locking of the right knee; MRI: small tear of the medial meniscus.",
                "L knee locking and catching; MRI: complex tear of the posterior horn.", "No bucket handle tear.")) {
            assertThat(FINDER.find("LOCKED_KNEE", SummaryTexts.of(summary, "Ortho consult, knee"))).as("%s", summary)
                    .isEmpty();
        }
    }

    /** MTUS Postsurgical Treatment 2009: a subsequent course after the initial course, with functional improvement. */
    @Test
    void aPostOperativeCourseGivenIsOneCompletedNotOneRequested() {
        for (String summary : List.of("s/p R RCR 9/2016, completed 12 post-op PT.",
                "She completed postoperative physical therapy x 12 after the ACL reconstruction.",
                "Post-op PT 12 sessions completed after R knee scope.", "Has had 8 postoperative therapy visits to date.")) {
            assertThat(FINDER.find("POSTOPERATIVE_THERAPY_GIVEN", SummaryTexts.of(summary, "Post-op PT x 6")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("The plan includes post-operative physical therapy 12 sessions.",
                "She completed 12 sessions of physical therapy before the surgery; post-op PT is requested.")) {
            assertThat(FINDER.find("POSTOPERATIVE_THERAPY_GIVEN", SummaryTexts.of(summary, "Post-op PT x 6")))
                    .as("%s", summary).isEmpty();
        }
    }

    /** ODG Knee & Leg, Walking aids: limited weight bearing around a surgery of the lower limb. */
    @Test
    void aKneeScopeInTheNotesIsASurgeryOfTheLowerLimb() {
        for (String summary : List.of("L knee scope w/ PMM authorized for 1/4/17.", "Approved R knee APM.",
                "s/p R ankle scope 12/1/16.")) {
            assertThat(FINDER.find("LOWER_LIMB_SURGERY", SummaryTexts.of(summary, "Crutches"))).as("%s", summary)
                    .isPresent();
        }
        assertThat(FINDER.find("LOWER_LIMB_SURGERY", SummaryTexts.of("R shoulder scope authorized.", "Crutches")))
                .isEmpty();
    }

    /** A surgery a review found not medically necessary is no planned surgery, however the denial is worded. */
    @Test
    void aSurgeryFoundNotMedicallyNecessaryIsNotPlanned() {
        for (String summary : List.of("The requested right shoulder arthroscopy was not found medically necessary.",
                "The request for right carpal tunnel release was not found to be medically necessary.",
                "The left knee arthroscopy was deemed not medically necessary.")) {
            assertThat(FINDER.find("SURGICAL_PLAN", SummaryTexts.of(summary, "Post-op PT x 12"))).as("%s", summary)
                    .isEmpty();
        }
        assertThat(FINDER.find("SURGICAL_PLAN", SummaryTexts.of(
                "The requested right shoulder arthroscopy was found medically necessary.", "Post-op PT x 12")))
                .isPresent();
    }

    /** ODG Hospital length of stay: no stay for a procedure done as an outpatient. */
    @Test
    void aSurgeryDoneAsAnOutpatientIsStatedInTheNotesWords() {
        for (String summary : List.of("R shoulder scope w/ SAD authorized; outpatient procedure.",
                "To be done at the ambulatory surgery center.", "Same day surgery is planned.")) {
            assertThat(FINDER.find("OUTPATIENT_SURGERY_STATED", SummaryTexts.of(summary, "Inpatient stay x 2 days")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("OUTPATIENT_SURGERY_STATED", SummaryTexts.of(
                "The fusion will be done as an inpatient.", "Inpatient stay x 2 days"))).isEmpty();
    }

    /** ACOEM ch. 9, p. 211: conservative care of an impingement, including cortisone injections, for 3-6 months. */
    @Test
    void aShoulderInjectionGivenIsOneReceivedNotOneRequested() {
        for (String summary : List.of("Treatment has included PT and two subacromial corticosteroid injections.",
                "s/p PT x 16 and R subacromial CSI x 2.", "She received a cortisone injection in October.")) {
            assertThat(FINDER.find("SHOULDER_INJECTION_GIVEN", SummaryTexts.of(summary, "R shoulder scope w/ SAD")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("A subacromial injection is requested.", "She has not had an injection.",
                "The surgeon would consider a cortisone injection.")) {
            assertThat(FINDER.find("SHOULDER_INJECTION_GIVEN", SummaryTexts.of(summary, "R shoulder scope w/ SAD")))
                    .as("%s", summary).isEmpty();
        }
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", SummaryTexts.of("s/p PT x 16 for the R shoulder.",
                "R shoulder scope w/ SAD"))).isPresent();
    }

    /** ODG Low Back, Discectomy/laminectomy: decompression of a lumbar spinal stenosis with neurogenic claudication. */
    @Test
    void neurogenicClaudicationInItsWordings() {
        for (String summary : List.of("Neurogenic claudication; walks 1 block.", "Leg pain with walking (pseudoclaudication).",
                "Positive shopping cart sign.")) {
            assertThat(FINDER.find("NEUROGENIC_CLAUDICATION", SummaryTexts.of(summary, "Lumbar laminectomy L4-5")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("NEUROGENIC_CLAUDICATION", SummaryTexts.of("Axial LBP, no neurogenic claudication.",
                "Lumbar laminectomy L4-5"))).isEmpty();
    }

    /** ODG Knee & Leg, Continuous passive motion: after a TKA, an ACL reconstruction, a fracture fixation, an MUA. */
    @Test
    void theKneeSurgeriesContinuousPassiveMotionFollows() {
        for (String summary : List.of("The requested left total knee replacement was certified.",
                "s/p R ACL recon 1/2/17, POD#7.", "MUA of the L knee authorized.")) {
            assertThat(FINDER.find("CPM_KNEE_SURGERY", SummaryTexts.of(summary, "CPM x 14 days, knee")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("s/p R knee scope w/ PMM 1/3/17.", "The L TKA was denied.",
                "Chronic knee pain; no surgery planned.")) {
            assertThat(FINDER.find("CPM_KNEE_SURGERY", SummaryTexts.of(summary, "CPM x 14 days, knee")))
                    .as("%s", summary).isEmpty();
        }
        assertThat(FINDER.find("RECENT_SURGERY", SummaryTexts.of("POD#3 s/p R shoulder scope w/ RCR.",
                "Percocet 5/325 #60"))).isPresent();
    }

    /** ODG Low Back, Preoperative lab testing: a blood count for diseases that increase the risk of anemia. */
    @Test
    void aDiseaseThatRaisesTheRiskOfAnemiaCallsForABloodCount() {
        for (String summary : List.of("45-year-old with iron-deficiency anemia; R knee scope w/ PMM authorized.",
                "Pt with CKD stage 3; R CTR authorized.", "H/o GI bleed; L knee arthroscopy certified.")) {
            assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_TEST_INDICATION", SummaryTexts.of(summary, "Pre-op CBC")))
                    .as("%s", summary).isEmpty();
        }
        assertThat(FINDER.find("MINOR_SURGERY_WITHOUT_TEST_INDICATION", SummaryTexts.of(
                "Healthy 40 y/o, no anemia, no bleeding history; R CTR authorized.", "Pre-op CBC"))).isPresent();
    }

    /**
     * A carpal tunnel release needs the syndrome supported by nerve conduction tests (ACOEM ch. 11, p. 270): the study
     * named in full, with its date between it and its finding, or the finding abbreviated; not a study normal, pending
     * or not done.
     */
    @Test
    void aNerveConductionStudyConfirmsTheEntrapmentInTheNotesWordings() {
        for (String summary : List.of(
                "Nerve conduction velocity studies dated 10/12/2016 demonstrated severe left carpal tunnel syndrome.",
                "NCS revealed mild right CTS.", "EMG/NCV 9/2016 c/w moderate R CTS.",
                "An NCV study performed on 10/3/2016 showed prolonged median distal motor latency.")) {
            assertThat(FINDER.find("ENTRAPMENT_CONFIRMED_BY_NERVE_CONDUCTION",
                    SummaryTexts.of(summary, "Left carpal tunnel release"))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("Nerve conduction studies were within normal limits.",
                "Electrodiagnostic studies have been requested but are pending; CTS suspected.",
                "No EMG/NCS on file; + Tinel, + Phalen.", "NCS did not show CTS.")) {
            assertThat(FINDER.find("ENTRAPMENT_CONFIRMED_BY_NERVE_CONDUCTION",
                    SummaryTexts.of(summary, "Left carpal tunnel release"))).as("%s", summary).isEmpty();
        }
    }

    /**
     * Triggering that persists after one or two injections may need a release (ACOEM ch. 11, p. 271): symptoms that
     * recur or return after an injection, or relief that did not last, are conservative care that failed; an
     * injection that resolved the triggering is not.
     */
    @Test
    void aReliefThatDidNotLastOrSymptomsThatRecurredAfterAnInjectionIsCareThatFailed() {
        for (String summary : List.of("s/p 2 CSI, last 10/2016, triggering recurred.",
                "After a cortisone injection in September the symptoms recurred in November.",
                "CSI x2, thumb spica; pain returned after each injection.",
                "She was treated with a night splint and an injection, which did not provide lasting relief.",
                "Splinting and an injection gave no long term relief.")) {
            assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of(summary, "Right trigger finger release")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("A corticosteroid injection last month resolved the triggering; no recurrence.",
                "One cortisone injection was given; she is better.", "The injection provided lasting relief.")) {
            assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", SummaryTexts.of(summary, "Right trigger finger release")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * Knee surgery needs clear clinical and imaging evidence of a lesion (ACOEM ch. 13, Surgical Considerations):
     * the study and the lesion it shows, with a date or a site between them, or a lesion only imaging shows; not
     * locking and catching alone, a normal MRI, nor one still to be done.
     */
    @Test
    void aLesionShownOnImagingInTheNotesWordings() {
        for (String summary : List.of("MRI of the left knee dated 10/2016 revealed a full-thickness chondral defect.",
                "MRI 8/16 complex tear PHMM.", "MRI shows a 1 cm loose body in the notch.",
                "L knee pain with a grade IV chondral defect of the medial femoral condyle on MRI.",
                "The MR arthrogram demonstrated a torn meniscus.")) {
            assertThat(FINDER.find("LESION_ON_IMAGING", SummaryTexts.of(summary, "Left knee arthroscopy")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Locking and catching of the left knee; an MRI has not been obtained.",
                "The MRI of the left knee was normal.", "MRI has been requested; x-rays are unremarkable.",
                "MRI shows no tear.")) {
            assertThat(FINDER.find("LESION_ON_IMAGING", SummaryTexts.of(summary, "Left knee arthroscopy")))
                    .as("%s", summary).isEmpty();
        }
    }

    /** A carpal tunnel syndrome stated beside a splint the worker is status post, not a release recounted. */
    @Test
    void aCarpalTunnelSyndromeIsNotARecountedReleaseButMayShareItsSentence() {
        assertThat(FINDER.find("CARPAL_TUNNEL_SYNDROME", SummaryTexts.of(
                "L CTS, EMG/NCS c/w moderate L median neuropathy; s/p L wrist splint x 3 mos and CSI x 1.",
                "Left carpal tunnel release"))).isPresent();
        for (String summary : List.of("Status post right carpal tunnel release in 2014.",
                "She underwent a right CTR in 2014; now neck pain only.")) {
            assertThat(FINDER.find("CARPAL_TUNNEL_SYNDROME", SummaryTexts.of(summary, "EMG of the right arm")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * A shoulder surgery in the notes' words ("R shoulder arthroscopic SAD", "shoulder scope"), after which continuous
     * passive motion is not recommended (ODG Shoulder, CPM) and therapy follows the shoulder's longer course (MTUS
     * Postsurgical Treatment 2009); not a shoulder injection or an MRI of the shoulder.
     */
    @Test
    void aShoulderSurgeryInTheNotesWords() {
        for (String summary : List.of("R shoulder arthroscopic SAD auth'd.", "L shoulder scope w/ DCE scheduled.",
                "Arthroscopic shoulder labral debridement authorized.")) {
            assertThat(FINDER.find("SHOULDER_SURGERY_WITH_LONG_COURSE", SummaryTexts.of(summary, "CPM x 21 days")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("R shoulder subacromial injection 11/2016.", "MRI of the right shoulder.")) {
            assertThat(FINDER.find("SHOULDER_SURGERY_WITH_LONG_COURSE", SummaryTexts.of(summary, "CPM x 21 days")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * ODG Neck and Upper Back and Low Back: continuous-flow cryotherapy and continuous passive motion have no use for
     * the spine; a surgery of the spine is read in the notes' wordings, and a surgery of a limb beside it leaves the
     * decision to the limb's rules.
     */
    @Test
    void aSurgeryOfTheSpineWithNoSurgeryOfALimb() {
        for (String summary : List.of("s/p L4-5 TLIF 12/20/16, POD#10.", "ACDF C5-7 auth'd for 1/12/17.",
                "The requested lumbar microdiscectomy at L5-S1 was certified.",
                "She underwent a fusion at L4-5 on 12/1/2016.", "Approved C5-6 anterior cervical decompression.")) {
            assertThat(FINDER.find("SPINE_SURGERY", SummaryTexts.of(summary, "Cold therapy unit")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("The L4-5 fusion was non-certified.", "Failed back surgery syndrome.",
                "s/p L4-5 fusion 12/20/16; R TKA auth'd for 1/20/17.", "L ankle fusion scheduled.",
                "Chronic LBP; no surgery planned.")) {
            assertThat(FINDER.find("SPINE_SURGERY", SummaryTexts.of(summary, "Cold therapy unit")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * ODG Knee & Leg, Wheelchair: a worker who cannot walk at all, or who may not bear weight and cannot use a cane,
     * crutches or a walker; walking that is only limited in distance is no such inability.
     */
    @Test
    void anInabilityToWalkOrToUseAWalkingAid() {
        for (String summary : List.of("Since the SCI he is non ambulatory.", "She is unable to ambulate.",
                "Pt is wheelchair bound.")) {
            assertThat(FINDER.find("UNABLE_TO_AMBULATE", SummaryTexts.of(summary, "Manual wheelchair")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Unable to walk more than 2 blocks.", "Cannot walk without a cane.",
                "She is unable to walk long distances.", "Walks with a cane.")) {
            assertThat(FINDER.find("UNABLE_TO_AMBULATE", SummaryTexts.of(summary, "Manual wheelchair")))
                    .as("%s", summary).isEmpty();
        }
        for (String summary : List.of("NWB RLE; cannot use crutches due to L wrist fx.",
                "She is unable to use a walker because of her shoulder injury.",
                "Unable to use crutches or a walker; R arm in a cast.")) {
            assertThat(FINDER.find("WALKING_AID_UNUSABLE", SummaryTexts.of(summary, "Wheelchair rental")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("WALKING_AID_UNUSABLE", SummaryTexts.of("NWB RLE; ambulates with crutches.",
                "Wheelchair rental"))).isEmpty();
    }

    /**
     * ODG Low Back, Preoperative lab testing: a urinalysis for those undergoing implantation of foreign material (a
     * joint replacement, an instrumented fusion, an internal fixation, a mesh).
     */
    @Test
    void aSurgeryThatImplantsForeignMaterial() {
        for (String summary : List.of("R TKA certified for 1/20/17.", "L4-5 PLIF with pedicle screws auth'd.",
                "ORIF of the R ankle scheduled.", "Umbilical hernia repair with mesh approved.")) {
            assertThat(FINDER.find("IMPLANT_SURGERY", SummaryTexts.of(summary, "Pre-op urinalysis")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("R CTR auth'd.", "L knee scope w/ PMM certified.",
                "Removal of hardware, L ankle, auth'd.", "The R TKA was denied.")) {
            assertThat(FINDER.find("IMPLANT_SURGERY", SummaryTexts.of(summary, "Pre-op urinalysis")))
                    .as("%s", summary).isEmpty();
        }
    }

    /** ACOEM ch. 9, Initial Care: a sling for comfort after an acute dislocation is reduced, not after a surgery. */
    @Test
    void anAcuteDislocationTreatedWithoutSurgery() {
        for (String summary : List.of("Acute anterior R shoulder dislocation, reduced in ED.",
                "The left shoulder dislocated yesterday and was reduced.")) {
            assertThat(FINDER.find("DISLOCATION", SummaryTexts.of(summary, "Sling, shoulder"))).as("%s", summary)
                    .isPresent();
        }
        for (String summary : List.of("No fracture or dislocation on x-ray.", "Hx of recurrent dislocation.",
                "Bankart repair for a dislocation auth'd.")) {
            assertThat(FINDER.find("DISLOCATION", SummaryTexts.of(summary, "Sling, shoulder"))).as("%s", summary)
                    .isEmpty();
        }
    }

    /** The MTUS Postsurgical Treatment Guidelines' course of a knee arthroscopy, in the notes' abbreviations. */
    @Test
    void aKneeArthroscopyInItsAbbreviations() {
        for (String summary : List.of("s/p L knee arthroscopic PMM 12/20/16.", "R knee APM 12/1/16.",
                "Arthroscopic knee debridement and PLM on 12/5/16.")) {
            assertThat(FINDER.find("KNEE_ARTHROSCOPY_SURGERY", SummaryTexts.of(summary, "Post-op PT x 12, knee")))
                    .as("%s", summary).isPresent();
        }
    }

    /**
     * ODG Low Back, Bone growth stimulators: a previous failed fusion is a risk factor, worded as a revision too; ODG
     * Knee & Leg, DME: a worker confined to bed has the medical need; a knee arthroscopy in its abbreviations is a
     * surgery.
     */
    @Test
    void aRevisionOfAFailedFusionABedConfinedWorkerAndAnAbbreviatedMeniscectomy() {
        for (String summary : List.of("Revision fusion at L5-S1 for a failed prior fusion, certified.",
                "L4-5 fusion revision auth'd.", "He had a failed previous fusion at L4-5.")) {
            assertThat(FINDER.find("FUSION_FAILURE_RISK", SummaryTexts.of(summary, "Bone growth stimulator")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("FUSION_FAILURE_RISK", SummaryTexts.of("Single-level L5-S1 fusion auth'd; non-smoker.",
                "Bone growth stimulator"))).isEmpty();
        for (String summary : List.of("She is bed-confined after the burst fracture.", "Pt bedridden since the fall.")) {
            assertThat(FINDER.find("NON_WEIGHT_BEARING", SummaryTexts.of(summary, "Hospital bed"))).as("%s", summary)
                    .isPresent();
        }
        for (String summary : List.of("s/p L knee APM 12/27/16.", "R knee scope w/ PMM auth'd.")) {
            assertThat(FINDER.find("SURGICAL_PLAN", SummaryTexts.of(summary, "Post-op PT x 6, knee")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("SURGICAL_PLAN", SummaryTexts.of("L knee APM was non-certified.",
                "Post-op PT x 6, knee"))).isEmpty();
    }

    /** ODG Knee & Leg, Power mobility devices: too little function of the arms to propel a manual wheelchair. */
    @Test
    void armsTooWeakToPropelAManualWheelchair() {
        for (String summary : List.of("Paraplegic; lacks the arm strength to propel a manual w/c.",
                "She is unable to self-propel due to bilateral shoulder injuries.",
                "He cannot propel a manual wheelchair.")) {
            assertThat(FINDER.find("MANUAL_WHEELCHAIR_UNUSABLE", SummaryTexts.of(summary, "Power wheelchair")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("MANUAL_WHEELCHAIR_UNUSABLE", SummaryTexts.of(
                "Paraplegic; propels his manual wheelchair independently.", "Power wheelchair"))).isEmpty();
        assertThat(FINDER.find("UNABLE_TO_AMBULATE", SummaryTexts.of("Paraplegic since the T10 injury.",
                "Power wheelchair"))).isPresent();
    }

    /**
     * ODG Shoulder, Postoperative abduction pillow sling: a rotator cuff repair worded with the tendon or its size
     * between the words.
     */
    @Test
    void aRotatorCuffRepairWithWordsBetween() {
        for (String summary : List.of("Arthroscopic repair of a small right supraspinatus tear, certified.",
                "Open repair of a massive L rotator cuff tear certified.",
                "The torn rotator cuff was repaired on 12/5/2016.")) {
            assertThat(FINDER.find("ROTATOR_CUFF_REPAIR", SummaryTexts.of(summary, "Abduction pillow sling")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("ROTATOR_CUFF_REPAIR", SummaryTexts.of(
                "R shoulder scope w/ SAD; the rotator cuff was intact.", "Abduction pillow sling"))).isEmpty();
    }
}
