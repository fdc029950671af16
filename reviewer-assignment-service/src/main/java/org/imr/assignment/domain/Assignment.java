package org.imr.assignment.domain;

import java.util.List;

/** The outcome of choosing a reviewer for a case, with the audit record: why the chosen one, why not the others. */
public sealed interface Assignment {

    String caseId();

    /** Why each reviewer who could not take the case was excluded. */
    List<ReviewerExclusion> exclusions();

    /** An eligible reviewer was chosen; the credentials the letter prints come from it. */
    record Assigned(String caseId, Reviewer reviewer, List<String> qualifications, List<ReviewerExclusion> exclusions)
            implements Assignment {
    }

    /** Nobody may take the case; the reasons say why, with how many reviewers each excluded. */
    record NoEligibleReviewer(String caseId, List<String> reasons, int reviewersConsidered,
            List<ReviewerExclusion> exclusions) implements Assignment {
    }
}
