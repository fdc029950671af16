package org.imr.assignment.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.assignment.domain.Assignment;
import org.imr.assignment.domain.CaseProfile;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.ImrCase;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Assigns a received case to a reviewer, or reports that nobody may take it. */
@Service
public class CaseAssignment {

    private static final Logger log = LoggerFactory.getLogger(CaseAssignment.class);

    private final ReviewerSelector selector;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final Clock clock;
    private final Set<String> assignedCases = ConcurrentHashMap.newKeySet();

    public CaseAssignment(ReviewerSelector selector, EventPublisher publisher, Envelopes envelopes, Clock clock) {
        this.selector = selector;
        this.clock = clock;
        this.publisher = publisher;
        this.envelopes = envelopes;
    }

    public synchronized void assign(ImrCase imrCase) {
        String caseId = imrCase.getCaseId();
        if (assignedCases.contains(caseId)) {
            log.info("Case {} already assigned; redelivery ignored", caseId);
            return;
        }
        switch (selector.select(profileOf(imrCase))) {
            case Assignment.Assigned assigned -> {
                publisher.publish(Topics.REVIEWER_ASSIGNED, caseId, new ReviewerAssigned(envelopes.forCase(caseId), imrCase,
                        new ReviewerCredentials(assigned.reviewer().reviewerId(),
                                assigned.reviewer().licensureStates().stream().sorted(CaseAssignment::californiaFirst).toList(),
                                String.join(", ", assigned.reviewer().specialties())),
                        assigned.qualifications()));
                assignedCases.add(caseId);
                log.info("Case {} assigned to reviewer {}", caseId, assigned.reviewer().reviewerId());
            }
            case Assignment.NoEligibleReviewer none -> {
                publisher.publish(Topics.NO_ELIGIBLE_REVIEWER, caseId, new NoEligibleReviewerFound(
                        envelopes.forCase(caseId), imrCase, none.reasons(), none.reviewersConsidered()));
                log.info("Case {}: no eligible reviewer among {}", caseId, none.reviewersConsidered());
            }
        }
    }

    private CaseProfile profileOf(ImrCase imrCase) {
        return CaseProfiles.of(imrCase, LocalDate.now(clock));
    }

    /** Letters list California first, then the other states alphabetically. */
    private static int californiaFirst(String a, String b) {
        boolean aCa = a.equals("California");
        boolean bCa = b.equals("California");
        return aCa == bCa ? a.compareTo(b) : aCa ? -1 : 1;
    }
}
