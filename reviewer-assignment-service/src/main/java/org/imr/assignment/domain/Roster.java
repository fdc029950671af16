package org.imr.assignment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The current roster: the latest profile of every reviewer, as read from the compacted roster topic. */
public final class Roster {

    private final Map<String, Reviewer> reviewers = new ConcurrentHashMap<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    public void put(Reviewer reviewer) {
        reviewers.put(reviewer.reviewerId(), reviewer);
        listeners.forEach(listener -> listener.changed(reviewer));
    }

    public void remove(String reviewerId) {
        if (reviewers.remove(reviewerId) != null) {
            listeners.forEach(listener -> listener.removed(reviewerId));
        }
    }

    public Reviewer get(String reviewerId) {
        return reviewers.get(reviewerId);
    }

    public Collection<Reviewer> reviewers() {
        return reviewers.values();
    }

    public int size() {
        return reviewers.size();
    }

    public void addListener(ChangeListener listener) {
        listeners.add(listener);
        reviewers.values().forEach(listener::changed);
    }

    /** Told of every change to the roster, in order. */
    public interface ChangeListener {

        void changed(Reviewer reviewer);

        void removed(String reviewerId);
    }
}
