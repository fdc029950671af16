package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpinalLevelsTest {

    @Test
    void segmentsSpansAndRootsAreCountedOnce() {
        assertThat(SpinalLevels.in("Transforaminal ESI bilateral L3-4, L4-5, L5-S1")).hasValue(3);
        assertThat(SpinalLevels.in("Bilateral L4-5 and L5-S1 transforaminal ESI")).hasValue(2);
        assertThat(SpinalLevels.in("Lumbar epidural steroid injection L4-L5")).hasValue(1);
        assertThat(SpinalLevels.in("Cervical ESI C5/6")).hasValue(1);
        assertThat(SpinalLevels.in("TFESI right L3-L5")).hasValue(2);
        assertThat(SpinalLevels.in("Selective nerve root block, right L5 and S1")).hasValue(2);
        assertThat(SpinalLevels.in("Right L4-5 and left L4-5 TFESI")).hasValue(1);
    }

    @Test
    void medialBranchesNamedByTheirNervesCountTheJointsBetweenThem() {
        assertThat(SpinalLevels.in("Right L3, L4, L5 medial branch blocks")).hasValue(2);
        assertThat(SpinalLevels.in("Left L2, L3, L4 and L5 medial branch radiofrequency ablation")).hasValue(3);
        assertThat(SpinalLevels.in("Bilateral L4, L5 medial branch block")).hasValue(1);
        assertThat(SpinalLevels.in("Medial branch block L4-5, L5-S1")).hasValue(2);
        assertThat(SpinalLevels.in("Selective nerve root block L3, L4, L5")).as("nerve roots, not medial branches")
                .hasValue(3);
    }

    @Test
    void aDescriptionWithoutALevelNamesNone() {
        assertThat(SpinalLevels.in("Caudal epidural steroid injection")).isEmpty();
        assertThat(SpinalLevels.in(null)).isEmpty();
    }
}
