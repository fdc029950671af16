package org.imr.assignment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.imr.assignment.domain.SpecialtyTaxonomy.RankedSpecialty;
import org.imr.schemas.ServiceType;

/**
 * Who may review a case (Labor Code 4610.6, 139.5; every letter prints these promises): a licence valid on the
 * assignment date (by the licensing policy), at least 24 hours a week of active practice, more than 5 years in
 * practice, no affiliation with any party, never the same treatment of the same worker twice, the same or a similar
 * specialty for every disputed service, active on the roster and not on leave on the assignment date, with room for
 * another case. Each rule says why it
 * excludes, for the audit record.
 */
public final class EligibilityPolicy {

    public static final int MIN_WEEKLY_HOURS = 24;
    public static final int MIN_YEARS_EXCLUSIVE = 5;

    private final SpecialtyTaxonomy taxonomy;
    private final LicensingPolicy licensing;

    public EligibilityPolicy(SpecialtyTaxonomy taxonomy, LicensingPolicy licensing) {
        this.taxonomy = taxonomy;
        this.licensing = licensing;
    }

    public EligibilityPolicy(SpecialtyTaxonomy taxonomy) {
        this(taxonomy, LicensingPolicy.CASE_STATE);
    }

    public LicensingPolicy licensing() {
        return licensing;
    }

    public SpecialtyTaxonomy taxonomy() {
        return taxonomy;
    }

    public Verdict assess(Reviewer reviewer, CaseProfile profile, int openCases, TreatmentHistory history) {
        List<String> exclusions = new ArrayList<>();
        if (!reviewer.active()) {
            exclusions.add("not active on the roster");
        }
        Leave leave = reviewer.leaveOn(profile.assignmentDate());
        if (leave != null) {
            exclusions.add("on leave from " + leave.start() + " to " + leave.end());
        }
        String licence = licenceExclusion(reviewer, profile);
        if (licence != null) {
            exclusions.add(licence);
        }
        if (reviewer.weeklyPracticeHours() < MIN_WEEKLY_HOURS) {
            exclusions.add("fewer than " + MIN_WEEKLY_HOURS + " hours a week in active practice");
        }
        if (reviewer.yearsInPractice() <= MIN_YEARS_EXCLUSIVE) {
            exclusions.add("not more than " + MIN_YEARS_EXCLUSIVE + " years in active practice");
        }
        PartyKind conflict = conflictOfInterest(reviewer, profile);
        if (conflict != null) {
            exclusions.add("affiliated with " + conflict.label());
        }
        Set<ServiceType> repeated = history.alreadyReviewed(reviewer.reviewerId(), profile);
        if (!repeated.isEmpty()) {
            exclusions.add("already reviewed the same treatment for this worker: " + repeated);
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

    /** Why the reviewer's licences do not qualify on the assignment date, or null when they do. */
    public String licenceExclusion(Reviewer reviewer, CaseProfile profile) {
        if (licensing == LicensingPolicy.CASE_STATE) {
            Licence licence = reviewer.licenceIn(profile.jurisdictionState(), profile.assignmentDate());
            if (licence == null) {
                return "not licensed in " + profile.jurisdictionState();
            }
            return licence.validOn(profile.assignmentDate()) ? null
                    : "licence in " + licence.state() + " expired on " + licence.expires();
        }
        boolean anyValid = reviewer.licences().stream().anyMatch(l -> l.validOn(profile.assignmentDate()));
        return anyValid ? null : "no licence valid on " + profile.assignmentDate() + " in any US state";
    }

    /** The kind of the first party the reviewer is affiliated with, or null when none. */
    public static PartyKind conflictOfInterest(Reviewer reviewer, CaseProfile profile) {
        for (String affiliation : reviewer.affiliations()) {
            PartyKind kind = profile.partiesByName().get(affiliation);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** One reviewer's assessment: eligible when nothing excludes them. */
    public record Verdict(Reviewer reviewer, RankedSpecialty specialty, List<String> exclusions) {

        public boolean eligible() {
            return exclusions.isEmpty();
        }
    }
}
