package org.imr.assignment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.imr.assignment.domain.SpecialtyTaxonomy.RankedSpecialty;

/**
 * Who may review a case (Labor Code 4610.6, 139.5; every letter prints these promises): licensed in the case's state,
 * at least 24 hours a week of active practice, more than 5 years in practice, no affiliation with any party, the same
 * or a similar specialty for every disputed service, active on the roster with room for another case.
 */
public final class EligibilityPolicy {

    public static final int MIN_WEEKLY_HOURS = 24;
    public static final int MIN_YEARS_EXCLUSIVE = 5;

    private final SpecialtyTaxonomy taxonomy;

    public EligibilityPolicy(SpecialtyTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public Verdict assess(Reviewer reviewer, CaseProfile profile, int openCases) {
        List<String> exclusions = new ArrayList<>();
        if (!reviewer.active()) {
            exclusions.add("not active on the roster");
        }
        if (reviewer.licensureStates().stream().noneMatch(state -> state.equalsIgnoreCase(profile.jurisdictionState()))) {
            exclusions.add("not licensed in " + profile.jurisdictionState());
        }
        if (reviewer.weeklyPracticeHours() < MIN_WEEKLY_HOURS) {
            exclusions.add("fewer than " + MIN_WEEKLY_HOURS + " hours a week in active practice");
        }
        if (reviewer.yearsInPractice() <= MIN_YEARS_EXCLUSIVE) {
            exclusions.add("not more than " + MIN_YEARS_EXCLUSIVE + " years in active practice");
        }
        if (affiliatedWithAParty(reviewer, profile)) {
            exclusions.add("affiliated with a party to the case");
        }
        Optional<RankedSpecialty> specialty = taxonomy.bestMatch(reviewer.specialties(), profile.disputedServices());
        if (specialty.isEmpty()) {
            exclusions.add("no same or similar specialty for the disputed services");
        }
        if (openCases >= reviewer.caseCapacity()) {
            exclusions.add("at case capacity");
        }
        return new Verdict(reviewer, specialty.orElse(null), List.copyOf(exclusions));
    }

    private static boolean affiliatedWithAParty(Reviewer reviewer, CaseProfile profile) {
        return reviewer.affiliations().stream()
                .map(EligibilityPolicy::normalised)
                .anyMatch(affiliation -> profile.partyNames().stream().map(EligibilityPolicy::normalised)
                        .anyMatch(affiliation::equals));
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** One reviewer's assessment: eligible when nothing excludes them. */
    public record Verdict(Reviewer reviewer, RankedSpecialty specialty, List<String> exclusions) {

        public boolean eligible() {
            return exclusions.isEmpty();
        }
    }
}
