package org.imr.assignment.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Open cases per reviewer. */
public final class Workload {

    private final Map<String, Integer> openCases = new ConcurrentHashMap<>();

    public int openCases(String reviewerId) {
        return openCases.getOrDefault(reviewerId, 0);
    }

    public void opened(String reviewerId) {
        openCases.merge(reviewerId, 1, Integer::sum);
    }
}
