package org.imr.assignment.domain;

import java.util.List;

/** Why one reviewer could not take a case, for the audit record. */
public record ReviewerExclusion(String reviewerId, List<String> reasons) {

    public ReviewerExclusion {
        reasons = List.copyOf(reasons);
    }
}
