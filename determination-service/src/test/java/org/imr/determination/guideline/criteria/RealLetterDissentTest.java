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

    /** Real letter: Upheld. The worker is wheelchair or bed bound, so the rule supports nursing visits at home. */
    @Test
    void CM17_0004133_woundCareNurseForABedBoundPatient_isSupportedByTheRule() {
        ItemDetermination item = decide("CM17-0004133", "Wound care nurse, 1-2 visits to evaluate right hip incision, "
                + "treat, and demonstrate treatment", ServiceType.OTHER);

        assertThat(item.ruleId()).isEqualTo("mtus-home-health-services");
        assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
    }

    private ItemDetermination decide(String caseNumber, String description, ServiceType type) {
        return engine.decide(RealLetterCaseFiles.caseFile(caseNumber, description, type)).items().get(0);
    }
}
