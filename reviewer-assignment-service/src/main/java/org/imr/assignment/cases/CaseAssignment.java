package org.imr.assignment.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.assignment.domain.Assignment;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.assignment.domain.StatutoryClock;
import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.ImrCase;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.Priority;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Assigns a received case to a reviewer, or reports that nobody may take it and keeps it waiting; waiting cases are
 * retried, expedited first, whenever the roster changes. Every decision is published with its audit record. Open
 * cases are released when their determination is issued.
 */
@Service
public class CaseAssignment {

    private static final Logger log = LoggerFactory.getLogger(CaseAssignment.class);
    private static final Comparator<ImrCase> EXPEDITED_FIRST = Comparator
            .comparing((ImrCase c) -> c.getPriority() == Priority.EXPEDITED ? 0 : 1)
            .thenComparing(ImrCase::getApplicationReceivedDate)
            .thenComparing(ImrCase::getCaseId);

    private final ReviewerSelector selector;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final Clock clock;
    private final StatutoryClock statutoryClock = new StatutoryClock();
    private final Map<String, String> reviewerByCase = new ConcurrentHashMap<>();
    private final Map<String, ImrCase> waiting = new ConcurrentHashMap<>();

    public CaseAssignment(ReviewerSelector selector, EventPublisher publisher, Envelopes envelopes, Clock clock) {
        this.selector = selector;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.clock = clock;
    }

    public synchronized void assign(ImrCase imrCase) {
        String caseId = imrCase.getCaseId();
        if (reviewerByCase.containsKey(caseId) || waiting.containsKey(caseId)) {
            log.info("Case {} already handled; redelivery ignored", caseId);
            return;
        }
        if (!tryAssign(imrCase)) {
            waiting.put(caseId, imrCase);
        }
    }

    /** The roster changed: every waiting case gets another chance, expedited ones first. */
    public synchronized void retryWaiting() {
        List<ImrCase> queue = waiting.values().stream().sorted(EXPEDITED_FIRST).toList();
        for (ImrCase imrCase : queue) {
            Assignment assignment = selector.select(CaseProfiles.of(imrCase, LocalDate.now(clock)));
            if (assignment instanceof Assignment.Assigned assigned) {
                waiting.remove(imrCase.getCaseId());
                published(imrCase, assigned);
            }
        }
    }

    /** The case's determination was issued: its reviewer has one open case less. */
    public synchronized void determinationIssued(String caseId) {
        String reviewerId = reviewerByCase.replace(caseId, "");
        if (reviewerId != null && !reviewerId.isEmpty()) {
            selector.closed(reviewerId);
            log.info("Case {} determined; reviewer {} released", caseId, reviewerId);
        }
    }

    /** Case ids waiting for an eligible reviewer, expedited first (the visible queue). */
    public List<String> waitingCases() {
        return waiting.values().stream().sorted(EXPEDITED_FIRST).map(ImrCase::getCaseId).toList();
    }

    private boolean tryAssign(ImrCase imrCase) {
        String caseId = imrCase.getCaseId();
        switch (selector.select(CaseProfiles.of(imrCase, LocalDate.now(clock)))) {
            case Assignment.Assigned assigned -> {
                published(imrCase, assigned);
                return true;
            }
            case Assignment.NoEligibleReviewer none -> {
                publisher.publish(Topics.NO_ELIGIBLE_REVIEWER, caseId, new NoEligibleReviewerFound(
                        envelopes.forCase(caseId), imrCase, none.reasons(), none.reviewersConsidered()));
                publisher.publish(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId,
                        AuditRecords.of(envelopes.forCase(caseId), none, Set.of(), null));
                log.info("Case {}: no eligible reviewer among {}; waiting", caseId, none.reviewersConsidered());
                return false;
            }
        }
    }

    private void published(ImrCase imrCase, Assignment.Assigned assigned) {
        String caseId = imrCase.getCaseId();
        LocalDate today = LocalDate.now(clock);
        DueDates due = statutoryClock.dueDates(imrCase.getPriority() == Priority.EXPEDITED, false, false,
                imrCase.getApplicationReceivedDate(), today);
        publisher.publish(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId,
                AuditRecords.of(envelopes.forCase(caseId), assigned, Set.of(), due));
        publisher.publish(Topics.REVIEWER_ASSIGNED, caseId, new ReviewerAssigned(envelopes.forCase(caseId), imrCase,
                new ReviewerCredentials(assigned.reviewer().reviewerId(),
                        assigned.reviewer().licensureStates().stream().sorted(CaseAssignment::californiaFirst).toList(),
                        String.join(", ", assigned.reviewer().specialties())),
                assigned.qualifications()));
        reviewerByCase.put(caseId, assigned.reviewer().reviewerId());
        log.info("Case {} assigned to reviewer {}", caseId, assigned.reviewer().reviewerId());
    }

    /** Letters list California first, then the other states alphabetically. */
    private static int californiaFirst(String a, String b) {
        boolean aCa = a.equals("California");
        boolean bCa = b.equals("California");
        return aCa == bCa ? a.compareTo(b) : aCa ? -1 : 1;
    }
}
