package org.imr.assignment.domain;

import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;

import org.imr.assignment.domain.CandidatePools.Slot;
import org.imr.assignment.domain.SpecialtyTaxonomy.RankedSpecialty;

/**
 * Chooses the reviewer for a case: among the eligible, the fewest open cases, then the closer specialty (the same
 * before a similar one),  then (when any state's licence will do) a licence in the case's state,
 * then the reviewer id so that the choice is reproducible. A similar specialty may count
 * {@code similarSpecialtyAllowance} cases more than it has (default 0), so that the same specialty keeps its cases
 * until it is that much busier, at the price of a wider spread of load. Walks only the candidate pools of the case's specialties,
 * least loaded first; the audit record is computed after the choice. Thread-safe.
 */
public final class ReviewerSelector implements Roster.ChangeListener {

    public static final int DEFAULT_SIMILAR_SPECIALTY_ALLOWANCE = 0;

    private final EligibilityPolicy policy;
    private final Roster roster;
    private final Workload workload;
    private final TreatmentHistory history = new TreatmentHistory();
    private final CandidatePools pools = new CandidatePools();
    private final AssignmentAudit audit;
    private final int similarSpecialtyAllowance;

    public ReviewerSelector(EligibilityPolicy policy, Roster roster, Workload workload, int similarSpecialtyAllowance) {
        this.policy = policy;
        this.roster = roster;
        this.workload = workload;
        this.similarSpecialtyAllowance = similarSpecialtyAllowance;
        this.audit = new AssignmentAudit(policy, roster, workload, history);
        roster.addListener(this);
    }

    public ReviewerSelector(EligibilityPolicy policy, Roster roster, Workload workload) {
        this(policy, roster, workload, DEFAULT_SIMILAR_SPECIALTY_ALLOWANCE);
    }

    public Assignment select(CaseProfile profile) {
        return select(profile, Set.of());
    }

    /** Chooses a reviewer, never one of {@code declinedBy} (reviewers who declined or timed out on the case). */
    public synchronized Assignment select(CaseProfile profile, Set<String> declinedBy) {
        Choice best = best(profile, declinedBy);
        if (best == null) {
            return audit.noEligibleReviewer(profile, declinedBy, pools.atCapacity());
        }
        return assigned(best, profile, declinedBy);
    }

    private Choice best(CaseProfile profile, Set<String> declinedBy) {
        Choice best = null;
        for (RankedSpecialty specialty : policy.taxonomy().candidates(profile.disputedServices())) {
            Choice choice = firstAcceptable(pool(profile, specialty.specialty()), specialty, profile, declinedBy);
            if (choice != null && (best == null || choice.isBetterThan(best))) {
                best = choice;
            }
        }
        return best;
    }

    private Assignment.Assigned assigned(Choice best, CaseProfile profile, Set<String> declinedBy) {
        Reviewer chosen = best.slot().reviewer();
        List<String> qualifications = audit.qualifications(chosen, best.specialty(), best.slot().openCases(), profile);
        opened(chosen, profile);
        return new Assignment.Assigned(profile.caseId(), chosen, qualifications,
                audit.exclusions(profile, chosen.reviewerId(), declinedBy, pools.atCapacity()));
    }

    /**
     * Chooses a reviewer when one may take the case now; empty, with nothing computed for an audit, when nobody may
     * (a waiting case offered freed capacity).
     */
    public synchronized Optional<Assignment.Assigned> selectIfAny(CaseProfile profile, Set<String> declinedBy) {
        Choice best = best(profile, declinedBy);
        return best == null ? Optional.empty() : Optional.of(assigned(best, profile, declinedBy));
    }

    /**
     * Forgets every open case and what each reviewer reviewed, as after a start: the writer of assignments then
     * rebuilds them from the topics.
     */
    public synchronized void reset() {
        workload.clear();
        history.clear();
        roster.reviewers().forEach(reviewer -> pools.place(reviewer, 0));
    }

    /**
     * Assigns the case to the given reviewer (consolidation with another case it holds) when that reviewer is eligible
     * for it and did not decline it; empty otherwise, and then nothing changes.
     */
    public synchronized Optional<Assignment.Assigned> selectReviewer(CaseProfile profile, String reviewerId,
            Set<String> declinedBy, String whyChosen) {
        Reviewer reviewer = roster.get(reviewerId);
        if (reviewer == null || declinedBy.contains(reviewerId)) {
            return Optional.empty();
        }
        int open = workload.openCases(reviewerId);
        EligibilityPolicy.Verdict verdict = policy.assess(reviewer, profile, open, history);
        if (!verdict.eligible()) {
            return Optional.empty();
        }
        List<String> qualifications = audit.qualifications(reviewer, verdict.specialty(), open, profile, whyChosen);
        opened(reviewer, profile);
        return Optional.of(new Assignment.Assigned(profile.caseId(), reviewer, qualifications,
                audit.exclusions(profile, reviewerId, declinedBy, pools.atCapacity())));
    }

    /** The determination was issued (or the reviewer declined): one open case less. */
    public synchronized void closed(String reviewerId) {
        int open = workload.closed(reviewerId);
        Reviewer reviewer = roster.get(reviewerId);
        if (reviewer != null) {
            pools.place(reviewer, open);
        }
    }

    /** A case assigned elsewhere (another instance, before a restart): counted as open and in the history. */
    public synchronized void opened(Reviewer reviewer, CaseProfile profile) {
        int open = workload.opened(reviewer.reviewerId());
        history.record(reviewer.reviewerId(), profile);
        pools.place(reviewer, open);
    }

    /** A case another writer assigned, taken over: counted as open and in the history, whether or not on the roster. */
    public synchronized void openedElsewhere(String reviewerId, CaseProfile profile) {
        Reviewer reviewer = roster.get(reviewerId);
        if (reviewer != null) {
            opened(reviewer, profile);
        } else {
            workload.opened(reviewerId);
            history.record(reviewerId, profile);
        }
    }

    public int openCases(String reviewerId) {
        return workload.openCases(reviewerId);
    }

    @Override
    public synchronized void changed(Reviewer reviewer) {
        audit.rosterChanged();
        pools.place(reviewer, workload.openCases(reviewer.reviewerId()));
    }

    @Override
    public synchronized void removed(String reviewerId) {
        audit.rosterChanged();
        pools.remove(reviewerId);
    }

    private NavigableSet<Slot> pool(CaseProfile profile, String specialty) {
        return policy.licensing() == LicensingPolicy.CASE_STATE ? pools.pool(profile.jurisdictionState(), specialty)
                : pools.pool(CandidatePools.ANY_STATE, specialty);
    }

    private Choice firstAcceptable(NavigableSet<Slot> pool, RankedSpecialty specialty, CaseProfile profile,
            Set<String> declinedBy) {
        Choice first = null;
        for (Slot slot : pool) {
            if (first != null && (slot.openCases() > first.slot().openCases() || first.inCaseState())) {
                break;
            }
            Reviewer reviewer = slot.reviewer();
            if (declinedBy.contains(reviewer.reviewerId()) || reviewer.leaveOn(profile.assignmentDate()) != null
                    || policy.licenceExclusion(reviewer, profile) != null
                    || EligibilityPolicy.conflictOfInterest(reviewer, profile) != null
                    || !history.alreadyReviewed(reviewer.reviewerId(), profile).isEmpty()) {
                continue;
            }
            Choice choice = new Choice(slot, specialty, slot.openCases() + (specialty.rank() > 0 ? similarSpecialtyAllowance : 0),
                    licensedInCaseState(reviewer, profile));
            if (first == null || choice.inCaseState()) {
                first = choice;
            }
        }
        return first;
    }

    private static boolean licensedInCaseState(Reviewer reviewer, CaseProfile profile) {
        Licence licence = reviewer.licenceIn(profile.jurisdictionState(), profile.assignmentDate());
        return licence != null && licence.validOn(profile.assignmentDate());
    }

    /** A candidate and how it ranks: effective load, specialty rank, licence in the case's state, id. */
    private record Choice(Slot slot, RankedSpecialty specialty, int effectiveLoad, boolean inCaseState) {

        boolean isBetterThan(Choice other) {
            if (effectiveLoad != other.effectiveLoad) {
                return effectiveLoad < other.effectiveLoad;
            }
            if (specialty.rank() != other.specialty.rank()) {
                return specialty.rank() < other.specialty.rank();
            }
            if (inCaseState != other.inCaseState) {
                return inCaseState;
            }
            return slot.reviewer().reviewerId().compareTo(other.slot.reviewer().reviewerId()) < 0;
        }
    }
}
