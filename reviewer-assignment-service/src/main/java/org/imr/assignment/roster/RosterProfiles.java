package org.imr.assignment.roster;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.schemas.ReviewerRosterChanged;
import org.springframework.stereotype.Component;

/** The latest roster event of every reviewer, as read from the topic: what a suspension or an update starts from. */
@Component
public class RosterProfiles {

    private final Map<String, ReviewerRosterChanged> latest = new ConcurrentHashMap<>();

    void put(ReviewerRosterChanged event) {
        latest.put(event.getReviewerId(), event);
    }

    void remove(String reviewerId) {
        latest.remove(reviewerId);
    }

    public Optional<ReviewerRosterChanged> get(String reviewerId) {
        return Optional.ofNullable(latest.get(reviewerId));
    }
}
