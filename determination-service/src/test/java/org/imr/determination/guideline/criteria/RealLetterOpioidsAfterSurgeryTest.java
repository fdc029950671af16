package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

/** Opioids in a case whose records state a recent surgery are decided as post-operative analgesia. */
class RealLetterOpioidsAfterSurgeryTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    /** The same request without the surgery in the records is left to the other opioid rules. */
    @Test
    void anOpioidWithoutASurgeryInTheRecordsIsNotPostOperative() {
        ItemDetermination item = engine.decide(RealLetterCaseFiles.caseFile("CM17-0009995",
                "Norco 10/325mg #35", ServiceType.OPIOID)).items().get(0);

        assertThat(item.ruleId()).isNotEqualTo("mtus-opioids-after-recent-surgery");
    }
}
