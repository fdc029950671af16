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
    private final Map<String, ImrCase> assignedCases = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> declinedBy = new ConcurrentHashMap<>();

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
            Assignment assignment = selector.select(CaseProfiles.of(imrCase, LocalDate.now(clock)), declined(imrCase));
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
            assignedCases.remove(caseId);
            selector.closed(reviewerId);
            log.info("Case {} determined; reviewer {} released", caseId, reviewerId);
        }
    }

    /**
     * The assigned reviewer declined the case (a conflict discovered, unavailable) or did not answer in time: the case
     * goes to another eligible reviewer, never to one who declined it, or waits. False when the reviewer does not hold
     * the case (already reassigned, determined, unknown).
     */
    public synchronized boolean declined(String caseId, String reviewerId) {
        ImrCase imrCase = assignedCases.get(caseId);
        if (imrCase == null || !reviewerId.equals(reviewerByCase.get(caseId))) {
            return false;
        }
        assignedCases.remove(caseId);
        reviewerByCase.remove(caseId);
        declinedBy.computeIfAbsent(caseId, id -> new java.util.TreeSet<>()).add(reviewerId);
        selector.closed(reviewerId);
        log.info("Case {} declined by reviewer {}; reassigning", caseId, reviewerId);
        if (!tryAssign(imrCase)) {
            waiting.put(caseId, imrCase);
        }
        return true;
    }

    /** Reviewers who declined or timed out on the case, in order of id (the audit records keep the sequence). */
    public Set<String> declinedBy(String caseId) {
        return Set.copyOf(declinedBy.getOrDefault(caseId, Set.of()));
    }

    /**
     * Takes over a case another writer assigned (its latest assignment), unless this instance knows it already: the
     * reviewer's open case is counted here, or released when the case was determined since.
     */
    synchronized void takeOver(ReviewerAssigned event, boolean determined) {
        String caseId = event.getImrCase().getCaseId();
        String reviewerId = event.getReviewer().getReviewerId();
        String known = reviewerByCase.get(caseId);
        waiting.remove(caseId);
        if (reviewerId.equals(known) || "".equals(known)) {
            return;
        }
        if (known != null) {
            selector.closed(known);
        }
        reviewerByCase.put(caseId, determined ? "" : reviewerId);
        if (determined) {
            assignedCases.remove(caseId);
        } else {
            selector.openedElsewhere(reviewerId, CaseProfiles.of(event.getImrCase(), LocalDate.now(clock)));
            assignedCases.put(caseId, event.getImrCase());
        }
    }

    /** Takes over a case another writer left waiting, unless it has been assigned since. */
    synchronized void takeOverWaiting(ImrCase imrCase) {
        if (!reviewerByCase.containsKey(imrCase.getCaseId())) {
            waiting.putIfAbsent(imrCase.getCaseId(), imrCase);
        }
    }

    /** Case ids waiting for an eligible reviewer, expedited first (the visible queue). */
    public List<String> waitingCases() {
        return waiting.values().stream().sorted(EXPEDITED_FIRST).map(ImrCase::getCaseId).toList();
    }

    private boolean tryAssign(ImrCase imrCase) {
        String caseId = imrCase.getCaseId();
        switch (selector.select(CaseProfiles.of(imrCase, LocalDate.now(clock)), declined(imrCase))) {
            case Assignment.Assigned assigned -> {
                published(imrCase, assigned);
                return true;
            }
            case Assignment.NoEligibleReviewer none -> {
                publisher.publish(Topics.NO_ELIGIBLE_REVIEWER, caseId, new NoEligibleReviewerFound(
                        envelopes.forCase(caseId), imrCase, none.reasons(), none.reviewersConsidered()));
                publisher.publish(Topics.REVIEWER_ASSIGNMENT_AUDIT, caseId,
                        AuditRecords.of(envelopes.forCase(caseId), none, declined(imrCase), null));
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
                AuditRecords.of(envelopes.forCase(caseId), assigned, declined(imrCase), due));
        publisher.publish(Topics.REVIEWER_ASSIGNED, caseId, new ReviewerAssigned(envelopes.forCase(caseId), imrCase,
                AuditRecords.credentials(assigned.reviewer()), assigned.qualifications()));
        reviewerByCase.put(caseId, assigned.reviewer().reviewerId());
        assignedCases.put(caseId, imrCase);
        log.info("Case {} assigned to reviewer {}", caseId, assigned.reviewer().reviewerId());
    }

    private Set<String> declined(ImrCase imrCase) {
        return declinedBy.getOrDefault(imrCase.getCaseId(), Set.of());
    }
}
