package org.imr.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.assignment.domain.ConsolidationIndex.OpenCase;
import org.junit.jupiter.api.Test;

class ConsolidationIndexTest {

    private final ConsolidationIndex index = new ConsolidationIndex();

    @Test
    void aNewCaseOfTheSameApplicantFindsTheEarliestOpenCaseAndItsReviewer() {
        index.held("worker|2013-01-09|dr. a", "case-1", "R-1");
        index.held("worker|2013-01-09|dr. a", "case-2", "R-2");
        index.held("worker|2013-01-09|dr. b", "case-3", "R-3");

        assertThat(index.openCaseOf("worker|2013-01-09|dr. a", "case-new")).contains(new OpenCase("case-1", "R-1"));
        assertThat(index.openCaseOf("worker|2013-01-09|dr. c", "case-new")).isEmpty();
        assertThat(index.openCaseOf(null, "case-new")).isEmpty();
    }

    @Test
    void aCaseIsNeverConsolidatedWithItselfNorWithACaseNoLongerOpen() {
        index.held("key", "case-1", "R-1");
        assertThat(index.openCaseOf("key", "case-1")).isEmpty();

        index.held("key", "case-2", "R-2");
        index.released("case-1");

        assertThat(index.openCaseOf("key", "case-new")).contains(new OpenCase("case-2", "R-2"));
        index.released("case-2");
        assertThat(index.openCaseOf("key", "case-new")).isEmpty();
    }

    @Test
    void aReassignedCaseIsFoundWithItsNewReviewer() {
        index.held("key", "case-1", "R-1");
        index.released("case-1");
        index.held("key", "case-1", "R-2");

        assertThat(index.openCaseOf("key", "case-new")).contains(new OpenCase("case-1", "R-2"));
    }
}
