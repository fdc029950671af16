package org.imr.assignment.roster.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.imr.assignment.roster.RosterProfiles;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;
import org.imr.schemas.topics.Topics;
import org.imr.web.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Roster management: add, update, suspend, reinstate and retire reviewers. Every change is an event on the compacted
 * roster topic (waiting for the broker's acknowledgement); every instance applies it when it reads it back. A reviewer
 * id that is not 1 to 40 letters, digits or hyphens is 400 (Spring MVC's method validation), naming the parameter.
 */
@RestController
@RequestMapping("/reviewers")
class RosterController {

    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final RosterProfiles profiles;

    RosterController(EventPublisher publisher, Envelopes envelopes, RosterProfiles profiles) {
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.profiles = profiles;
    }

    /** Adds the reviewer, or replaces the profile of one with that id; the status stays as it was (new: active). */
    @PutMapping("/{reviewerId}")
    ResponseEntity<Void> put(@PathVariable @Pattern(regexp = Ids.REVIEWER_ID, message = Ids.REVIEWER_ID_RULE) String reviewerId,
            @Valid @RequestBody ReviewerRequest request) {
        ReviewerStatus status = profiles.get(reviewerId).map(ReviewerRosterChanged::getStatus).orElse(ReviewerStatus.ACTIVE);
        publisher.publish(Topics.REVIEWER_ROSTER, reviewerId, request.toEvent(reviewerId, status, envelopes));
        return ResponseEntity.accepted().location(URI.create("/reviewers/" + reviewerId)).build();
    }

    @PostMapping("/{reviewerId}/suspend")
    ResponseEntity<?> suspend(@PathVariable @Pattern(regexp = Ids.REVIEWER_ID, message = Ids.REVIEWER_ID_RULE) String reviewerId) {
        return withStatus(reviewerId, ReviewerStatus.SUSPENDED);
    }

    @PostMapping("/{reviewerId}/reinstate")
    ResponseEntity<?> reinstate(@PathVariable @Pattern(regexp = Ids.REVIEWER_ID, message = Ids.REVIEWER_ID_RULE) String reviewerId) {
        return withStatus(reviewerId, ReviewerStatus.ACTIVE);
    }

    @PostMapping("/{reviewerId}/retire")
    ResponseEntity<?> retire(@PathVariable @Pattern(regexp = Ids.REVIEWER_ID, message = Ids.REVIEWER_ID_RULE) String reviewerId) {
        return withStatus(reviewerId, ReviewerStatus.RETIRED);
    }

    private ResponseEntity<?> withStatus(String reviewerId, ReviewerStatus status) {
        return profiles.get(reviewerId).<ResponseEntity<?>>map(current -> {
            publisher.publish(Topics.REVIEWER_ROSTER, reviewerId, ReviewerRosterChanged.newBuilder(current)
                    .setEnvelope(envelopes.forRoster()).setStatus(status).build());
            return ResponseEntity.accepted().build();
        }).orElseGet(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No reviewer with this id");
            problem.setTitle("Unknown reviewer");
            return ResponseEntity.of(problem).build();
        });
    }
}
