package org.imr.assignment.domain;

/**
 * Which licence a reviewer needs. Published letters show both: reviewers licensed in the case's state, and reviewers
 * licensed only in other states with California licensure preferred.
 */
public enum LicensingPolicy {
    /** A licence valid on the assignment date in the case's state (the default). */
    CASE_STATE,
    /** A licence valid on the assignment date in any US state; one in the case's state is preferred at equal load. */
    ANY_STATE_CASE_STATE_PREFERRED
}
