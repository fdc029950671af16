package org.imr.assignment.domain;

import java.util.List;
import java.util.Set;

/**
 * An expert reviewer on the roster. The name is confidential: it is never printed on a letter nor logged, so the
 * domain does not carry it at all.
 */
public record Reviewer(String reviewerId, List<String> specialties, Set<String> licensureStates, int weeklyPracticeHours,
        int yearsInPractice, Set<String> affiliations, boolean active, int caseCapacity) {

    public Reviewer {
        specialties = List.copyOf(specialties);
        licensureStates = Set.copyOf(licensureStates);
        affiliations = Set.copyOf(affiliations);
    }
}
