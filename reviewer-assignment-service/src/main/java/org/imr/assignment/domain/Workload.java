package org.imr.assignment.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Open cases per reviewer: one more on each assignment, one less when the determination is issued. */
public final class Workload {

    private final Map<String, Integer> openCases = new ConcurrentHashMap<>();

    public int openCases(String reviewerId) {
        return openCases.getOrDefault(reviewerId, 0);
    }

    public int opened(String reviewerId) {
        return openCases.merge(reviewerId, 1, Integer::sum);
    }

    /** Forgets every open case (the state is rebuilt from the topics). */
    public void clear() {
        openCases.clear();
    }

    /** A case was closed; never below zero (a determination for a case assigned before a restart). */
    public int closed(String reviewerId) {
        Integer left = openCases.computeIfPresent(reviewerId, (id, open) -> open <= 1 ? null : open - 1);
        return left == null ? 0 : left;
    }
}
