package org.imr.notification.letter;

import java.util.List;
import java.util.Objects;

/**
 * What the letter prints about the expert reviewer. There is deliberately no name: the reviewer's
 * identity never appears on a Final Determination letter.
 *
 * @param licensureStates the states of licensure, printed comma-separated, e.g. California, Hawaii
 * @param specialty       the certification(s)/specialty, e.g. "Physical Medicine and Rehabilitation"
 */
public record ExpertReviewerCredentials(List<String> licensureStates, String specialty) {

    public ExpertReviewerCredentials {
        Objects.requireNonNull(licensureStates, "licensureStates is required");
        licensureStates = licensureStates.stream()
                .map(state -> TextPreconditions.requireText(state, "licensure state"))
                .toList();
        if (licensureStates.isEmpty()) {
            throw new IllegalArgumentException("at least one state of licensure is required");
        }
        specialty = TextPreconditions.requireText(specialty, "specialty");
    }
}
