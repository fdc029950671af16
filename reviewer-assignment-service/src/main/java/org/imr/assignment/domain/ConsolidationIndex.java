package org.imr.assignment.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Open cases by applicant: the same worker, requesting physician and date of injury. Several applications of one
 * applicant may be consolidated to one reviewer, so a new case is offered first to the reviewer of the earliest open
 * case with its key. Not thread-safe: the caller serialises access.
 */
public final class ConsolidationIndex {

    private final Map<String, Map<String, String>> reviewerByCaseByKey = new HashMap<>();
    private final Map<String, String> keyByCase = new HashMap<>();

    /** The reviewer holds the case; a null key (worker or physician unknown) consolidates nothing. */
    public void held(String key, String caseId, String reviewerId) {
        released(caseId);
        if (key == null) {
            return;
        }
        keyByCase.put(caseId, key);
        reviewerByCaseByKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(caseId, reviewerId);
    }

    /** The case is no longer held (declined, timed out, determined). */
    public void released(String caseId) {
        String key = keyByCase.remove(caseId);
        if (key == null) {
            return;
        }
        Map<String, String> cases = reviewerByCaseByKey.get(key);
        cases.remove(caseId);
        if (cases.isEmpty()) {
            reviewerByCaseByKey.remove(key);
        }
    }

    /** The earliest open case with the key, other than the case itself, and its reviewer. */
    public Optional<OpenCase> openCaseOf(String key, String caseId) {
        if (key == null) {
            return Optional.empty();
        }
        return reviewerByCaseByKey.getOrDefault(key, Map.of()).entrySet().stream()
                .filter(e -> !e.getKey().equals(caseId)).findFirst().map(e -> new OpenCase(e.getKey(), e.getValue()));
    }

    /** An open case and the reviewer holding it. */
    public record OpenCase(String caseId, String reviewerId) {
    }
}
