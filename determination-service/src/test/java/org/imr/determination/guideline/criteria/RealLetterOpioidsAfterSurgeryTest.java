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

    /**
     * A distal radius fracture treated by closed reduction and pinning; the UR authorized 25 of 60 Norco. The
     * post-operative rule governs (the letter cites 1.4), and the remaining 35 wait for the authorized part.
     */
    @Test
    void CM16_0234202_theRemainingNorcoAfterAPinningIsUpheldUnderThePostOperativeSection() {
        ItemDetermination item = engine.decide(RealLetterCaseFiles.caseFile("CM16-0234202",
                "Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was authorized by the Claims "
                        + "Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg "
                        + "#35 is", ServiceType.OPIOID)).items().get(0);

        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.ruleId()).isEqualTo("remaining-portion-of-a-modified-course");
        assertThat(item.guidelineCitation())
                .isEqualTo("MTUS Opioid Treatment 2016, Section(s): 1.4 Opioids for Acute Pain: Opioids for Post-operative Pain");
        assertThat(item.evidence()).isEmpty();
    }

    /** The same request without the surgery in the records is left to the other opioid rules. */
    @Test
    void anOpioidWithoutASurgeryInTheRecordsIsNotPostOperative() {
        ItemDetermination item = engine.decide(RealLetterCaseFiles.caseFile("CM17-0009995",
                "Norco 10/325mg #35", ServiceType.OPIOID)).items().get(0);

        assertThat(item.ruleId()).isNotEqualTo("mtus-opioids-after-recent-surgery");
    }
}
