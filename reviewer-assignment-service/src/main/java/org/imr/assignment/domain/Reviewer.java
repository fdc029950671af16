package org.imr.assignment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An expert reviewer on the roster. The name is confidential: it is never printed on a letter nor logged, so the
 * domain does not carry it at all. Affiliations (employers, claims administrators, provider groups, facilities,
 * drug/device makers) are kept normalised ({@link Names}) for the conflict check.
 */
public record Reviewer(String reviewerId, List<String> specialties, List<Licence> licences, int weeklyPracticeHours,
        int yearsInPractice, Set<String> affiliations, boolean active, int caseCapacity, List<Leave> leave) {

    public Reviewer {
        specialties = List.copyOf(specialties);
        licences = List.copyOf(licences);
        affiliations = affiliations.stream().map(Names::normalised).collect(Collectors.toUnmodifiableSet());
        leave = List.copyOf(leave);
    }

    /** A reviewer with no leave on file. */
    public Reviewer(String reviewerId, List<String> specialties, List<Licence> licences, int weeklyPracticeHours,
            int yearsInPractice, Set<String> affiliations, boolean active, int caseCapacity) {
        this(reviewerId, specialties, licences, weeklyPracticeHours, yearsInPractice, affiliations, active, caseCapacity,
                List.of());
    }

    /** The leave covering the date, or null when the reviewer is available then. */
    public Leave leaveOn(LocalDate date) {
        for (Leave period : leave) {
            if (period.covers(date)) {
                return period;
            }
        }
        return null;
    }

    /** States of licensure as the letter prints them (every licence on file). */
    public Set<String> licensureStates() {
        return licences.stream().map(Licence::state).collect(Collectors.toSet());
    }

    /** The first of the reviewer's licences in the state that is valid on the date, else any licence in that state. */
    public Licence licenceIn(String state, LocalDate on) {
        Licence any = null;
        for (Licence licence : licences) {
            if (licence.isIn(state)) {
                if (licence.validOn(on)) {
                    return licence;
                }
                any = licence;
            }
        }
        return any;
    }

    /** Without hours, years and activity nobody may review; these do not depend on the case. */
    public boolean meetsStandingRules() {
        return active && weeklyPracticeHours >= EligibilityPolicy.MIN_WEEKLY_HOURS
                && yearsInPractice > EligibilityPolicy.MIN_YEARS_EXCLUSIVE;
    }
}
