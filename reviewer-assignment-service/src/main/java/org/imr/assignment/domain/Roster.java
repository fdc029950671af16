package org.imr.assignment.domain;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The current roster: the latest profile of every reviewer, as read from the compacted roster topic. */
public final class Roster {

    private final Map<String, Reviewer> reviewers = new ConcurrentHashMap<>();

    public void put(Reviewer reviewer) {
        reviewers.put(reviewer.reviewerId(), reviewer);
    }

    public void remove(String reviewerId) {
        reviewers.remove(reviewerId);
    }

    public Collection<Reviewer> reviewers() {
        return reviewers.values();
    }

    public int size() {
        return reviewers.size();
    }
}
