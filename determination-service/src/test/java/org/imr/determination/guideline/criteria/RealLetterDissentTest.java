package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

/**
 * Rules whose only letters in the development set were decided the other way by the reviewer. Each test states the
 * real decision, and pins what the rule decides and on which documented fact, so that a change to the rule shows.
 */
class RealLetterDissentTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    /** Real letter: Upheld. The rule supports an EEG after a loss of consciousness to rule out a seizure. */
    @Test
    void CM16_0236906_electroencephalogramAfterALossOfConsciousness_isSupportedByTheRule() {
        ItemDetermination item = decide("CM16-0236906", "Electroencephalogram", ServiceType.OTHER);

        assertThat(item.ruleId()).isEqualTo("odg-electroencephalography");
        assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(item.evidence()).anyMatch(fact -> fact.evidence().startsWith("a seizure or loss of consciousness"));
    }

    /** Real letter: Upheld. The rule reads the elbow fracture named among the diagnoses as a red flag. */
    @Test
    void CM17_0014800_elbowMriWithAFractureAmongTheDiagnoses_isSupportedByTheRule() {
        ItemDetermination item = decide("CM17-0014800", "Right elbow MRI", ServiceType.MRI);

        assertThat(item.ruleId()).isEqualTo("odg-imaging-elbow");
        assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(item.guidelineCitation()).isEqualTo("Non-MTUS Citation Official Disability Guidelines (ODG) Elbow, MRI");
    }

    /** Real letter: Overturned. The records do not say the worker is homebound, which the guideline requires. */
    @Test
    void CM16_0249726_dailyNursingForAWoundWithoutAHomeboundPatient_isNotSupportedByTheRule() {
        ItemDetermination item = decide("CM16-0249726", "Daily RN for 4 weeks for wound care and monitoring of wound "
                + "healing and home safety, medication management", ServiceType.OTHER);

        assertThat(item.ruleId()).isEqualTo("mtus-home-health-services");
        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.rationale()).contains("do not document a homebound patient");
    }

    /** Real letter: Upheld. The worker is wheelchair or bed bound, so the rule supports nursing visits at home. */
    @Test
    void CM17_0004133_woundCareNurseForABedBoundPatient_isSupportedByTheRule() {
        ItemDetermination item = decide("CM17-0004133", "Wound care nurse, 1-2 visits to evaluate right hip incision, "
                + "treat, and demonstrate treatment", ServiceType.OTHER);

        assertThat(item.ruleId()).isEqualTo("mtus-home-health-services");
        assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
    }

    /** Real letter: Overturned. The records give symptoms but no objective finding of nerve compromise. */
    @Test
    void CM16_0240259_nerveStudiesOfTheHandsWithoutAnObjectiveFinding_areNotSupportedByTheRule() {
        ItemDetermination item = decide("CM16-0240259", "EMG/NCS of the bilateral hand", ServiceType.EMG_NCS);

        assertThat(item.ruleId()).isEqualTo("acoem-electrodiagnostic-testing-hand-wrist");
        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.guidelineCitation()).isEqualTo("MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies");
    }

    /**
     * Real letter: Overturned. The rule supports a surgical consultation for a documented reason to consider surgery,
     * or a neurological deficit persisting despite conservative care; the records document neither in its words.
     */
    @Test
    void CM16_0247802_spineSurgeryEvaluationWithoutADocumentedReason_isNotSupportedByTheRule() {
        ItemDetermination item = decide("CM16-0247802", "Spine surgery evaluation for the lumbar",
                ServiceType.OFFICE_VISIT);

        assertThat(item.ruleId()).isEqualTo("mtus-chronic-pain-office-visits-specialist-evaluation");
        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
    }

    private ItemDetermination decide(String caseNumber, String description, ServiceType type) {
        return engine.decide(RealLetterCaseFiles.caseFile(caseNumber, description, type)).items().get(0);
    }
}
