package org.imr.assignment.domain;

import java.util.List;

/** The outcome of choosing a reviewer for a case. */
public sealed interface Assignment {

    String caseId();

    /** An eligible reviewer was chosen; the credentials the letter prints come from it. */
    record Assigned(String caseId, Reviewer reviewer, List<String> qualifications)
            implements Assignment {
    }

    /** Nobody may take the case; the reasons say why, with how many reviewers each excluded. */
    record NoEligibleReviewer(String caseId, List<String> reasons, int reviewersConsidered) implements Assignment {
    }
}
