package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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

    /** Segments by the place of their upper level down the spine: C1-2 is 0, L4-5 is 22, L5-S1 is 23. */
    private static final int C5_6 = 4;
    private static final int C6_7 = 5;
    private static final int L3_4 = 21;
    private static final int L4_5 = 22;
    private static final int L5_S1 = 23;

    @Test
    void theSegmentsARequestNames_medialBranchesByTheJointsBetweenThem() {
        assertThat(SpinalLevels.segmentsRequested("Bilateral L4-5 and L5-S1 medial branch blocks"))
                .containsExactlyInAnyOrder(L4_5, L5_S1);
        assertThat(SpinalLevels.segmentsRequested("Right L3, L4, L5 medial branch blocks"))
                .containsExactlyInAnyOrder(L3_4, L4_5);
        assertThat(SpinalLevels.segmentsRequested("Facet injections L4-S1")).containsExactlyInAnyOrder(L4_5, L5_S1);
        assertThat(SpinalLevels.segmentsRequested("Cervical facet injection C5/6")).containsExactly(C5_6);
        assertThat(SpinalLevels.segmentsRequested("Lumbar facet injections")).isEmpty();
        assertThat(SpinalLevels.segmentsRequested("Selective nerve root block L4, L5")).isEmpty();
    }

    @Test
    void theSegmentsWrittenNextToAProcedureInItsClause() {
        String fused = "He underwent L4-S1 fusion in 2013 and has facet tenderness at L3-4.";
        int at = fused.indexOf("fusion");
        assertThat(SpinalLevels.segmentsWrittenAround(fused, at, at + 6)).containsExactlyInAnyOrder(L4_5, L5_S1);
        String after = "Status post fusion at C6-7, tender over the C5-6 facets.";
        at = after.indexOf("fusion");
        assertThat(SpinalLevels.segmentsWrittenAround(after, at, at + 6)).isEqualTo(Set.of(C6_7));
        String clauses = "Tender at L4-5, s/p fusion in 2010; pain at L2-3.";
        at = clauses.indexOf("fusion");
        assertThat(SpinalLevels.segmentsWrittenAround(clauses, at, at + 6)).as("levels of other clauses").isEmpty();
        String roots = "She was fused from L4 to S1 in 2012.";
        at = roots.indexOf("fused");
        assertThat(SpinalLevels.segmentsWrittenAround(roots, at, at + 5)).containsExactlyInAnyOrder(L4_5, L5_S1);
    }
}
