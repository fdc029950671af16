package org.imr.assignment.domain;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.imr.schemas.ServiceType;

/** Which reviewer has reviewed which kind of treatment for which worker: a reviewer never reviews the same one twice. */
public final class TreatmentHistory {

    private final Map<String, Map<String, Set<ServiceType>>> reviewedByWorker = new HashMap<>();

    public synchronized void record(String reviewerId, CaseProfile profile) {
        if (profile.workerKey() == null) {
            return;
        }
        reviewedByWorker.computeIfAbsent(profile.workerKey(), worker -> new HashMap<>())
                .computeIfAbsent(reviewerId, reviewer -> EnumSet.noneOf(ServiceType.class))
                .addAll(profile.disputedServices());
    }

    /** Forgets everything (the state is rebuilt from the topics). */
    public synchronized void clear() {
        reviewedByWorker.clear();
    }

    /** Every reviewer who reviewed something for the case's worker, with what (empty: none). */
    public synchronized Map<String, Set<ServiceType>> reviewersOf(CaseProfile profile) {
        Map<String, Set<ServiceType>> reviewers = profile.workerKey() == null ? null : reviewedByWorker.get(profile.workerKey());
        return reviewers == null ? Map.of() : Map.copyOf(reviewers);
    }

    /** The case's disputed services the reviewer already reviewed for the same worker (empty: none). */
    public synchronized Set<ServiceType> alreadyReviewed(String reviewerId, CaseProfile profile) {
        if (profile.workerKey() == null) {
            return Set.of();
        }
        Set<ServiceType> reviewed = reviewedByWorker.getOrDefault(profile.workerKey(), Map.of())
                .getOrDefault(reviewerId, Set.of());
        if (reviewed.isEmpty()) {
            return Set.of();
        }
        Set<ServiceType> repeated = EnumSet.noneOf(ServiceType.class);
        profile.disputedServices().stream().filter(reviewed::contains).forEach(repeated::add);
        return repeated;
    }
}
