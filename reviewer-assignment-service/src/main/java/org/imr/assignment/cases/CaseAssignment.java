package org.imr.assignment.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.imr.assignment.domain.AcceptanceDeadlines;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.calendar.ImrDeadlines;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ReviewerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Assigns a received case to a reviewer, or reports that nobody may take it and keeps it waiting; waiting cases are
 * retried, expedited first, whenever the roster changes. An assigned reviewer accepts the case, declines it, or times
 * out when it has not accepted within {@code imr.calendar.periods.acceptance-timeout}; a declined or timed-out case goes to
 * another eligible reviewer, never the same one. Every decision is published with its audit record. Open cases are
 * released when their determination is issued.
 */
@Service
public class CaseAssignment {

    private static final Logger log = LoggerFactory.getLogger(CaseAssignment.class);

    private final ReviewerSelector selector;
    private final DecisionPublisher decisions;
    private final Clock clock;
    private final AcceptanceDeadlines deadlines;
    private final CaseClocks clocks;
    private final CaseBook book = new CaseBook();
    private final StateTakeOver takeOver;
    private final ReviewerChoice choice;
    private volatile boolean writer;

    public CaseAssignment(ReviewerSelector selector, DecisionPublisher decisions, Clock clock, ImrDeadlines imrDeadlines) {
        this.selector = selector;
        this.decisions = decisions;
        this.clock = clock;
        this.deadlines = new AcceptanceDeadlines(imrDeadlines::acceptanceDeadline);
        this.clocks = new CaseClocks(imrDeadlines);
        this.takeOver = new StateTakeOver(book, deadlines, selector, clocks, clock, imrDeadlines.calendar());
        this.choice = new ReviewerChoice(selector, decisions, book, clocks, deadlines, clock, imrDeadlines.calendar());
    }

    public synchronized void assign(ImrCase imrCase) {
        if (book.knows(imrCase.getCaseId())) {
            log.info("Case {} already handled; redelivery ignored", imrCase.getCaseId());
            return;
        }
        choice.assignOrWait(clocks.current(imrCase));
    }

    /**
     * The case was converted to expedited review: it waits ahead of standard cases, and its due dates, recomputed from
     * the certification, are audited. A conversion read before its case applies when the case arrives.
     */
    public synchronized void expedited(String caseId, Instant certifiedAt) {
        if (!clocks.converted(caseId, certifiedAt)) {
            return;
        }
        ImrCase open = book.open(caseId);
        if (open == null) {
            log.info("Case {} converted to expedited review before it was received or after its determination", caseId);
            return;
        }
        ImrCase expedited = clocks.current(open);
        book.updated(expedited);
        String reviewerId = book.reviewerOf(caseId);
        decisions.expedited(caseId, reviewerId, book.declinedBy(caseId), clocks.dueDates(expedited, clock.instant()));
        log.info("Case {} converted to expedited review; due dates recomputed", caseId);
    }

    /** The roster changed: every waiting case gets another chance, expedited ones first. */
    public synchronized void retryWaiting() {
        for (ImrCase imrCase : book.waitingQueue()) {
            choice.assignIfPossible(imrCase);
        }
    }

    /** The case's determination was issued: its reviewer has one open case less. */
    public synchronized void determinationIssued(String caseId) {
        deadlines.ended(caseId);
        String reviewerId = book.determined(caseId);
        if (reviewerId != null) {
            selector.closed(reviewerId);
            log.info("Case {} determined; reviewer {} released", caseId, reviewerId);
        }
    }

    /**
     * The assigned reviewer declined the case (a conflict discovered, unavailable): it goes to another eligible
     * reviewer, never to one who declined it, or waits. False when the reviewer does not hold the case.
     */
    public synchronized boolean declined(String caseId, String reviewerId) {
        return released(caseId, reviewerId, ReviewerResponse.DECLINED);
    }

    /** The assigned reviewer accepted the case: it no longer times out. False when the reviewer does not hold it. */
    public synchronized boolean accepted(String caseId, String reviewerId) {
        if (book.heldBy(caseId, reviewerId) == null) {
            return false;
        }
        if (deadlines.accepted(caseId, reviewerId)) {
            decisions.responded(caseId, reviewerId, ReviewerResponse.ACCEPTED);
            log.info("Case {} accepted by reviewer {}", caseId, reviewerId);
        }
        return true;
    }

    /**
     * Every case whose reviewer has not accepted it by {@code now} times out and is reassigned like a declined one.
     * Only the writer of assignments does this. Returns the ids of the cases that timed out.
     */
    public synchronized List<String> timeOutOverdue(Instant now) {
        if (!writer) {
            return List.of();
        }
        List<String> timedOut = new ArrayList<>();
        for (AcceptanceDeadlines.Pending pending : deadlines.overdue(now)) {
            log.info("Case {}: reviewer {} did not accept in time", pending.caseId(), pending.reviewerId());
            if (released(pending.caseId(), pending.reviewerId(), ReviewerResponse.TIMED_OUT)) {
                timedOut.add(pending.caseId());
            }
        }
        return timedOut;
    }

    /** Reviewers who declined or timed out on the case, in order of id (the audit records keep the sequence). */
    public Set<String> declinedBy(String caseId) {
        return book.declinedBy(caseId);
    }

    /** Case ids waiting for an eligible reviewer, expedited first (the visible queue). */
    public List<String> waitingCases() {
        return book.waitingQueue().stream().map(ImrCase::getCaseId).toList();
    }

    /** This instance is (or is no longer) the writer of assignments. */
    void writer(boolean writer) {
        this.writer = writer;
    }

    /** Applies what other writers published (see {@link AssignmentStateRebuild}) under this assignment's lock. */
    synchronized void takeOver(java.util.function.Consumer<StateTakeOver> steps) {
        steps.accept(takeOver);
    }

    private boolean released(String caseId, String reviewerId, ReviewerResponse response) {
        ImrCase imrCase = book.heldBy(caseId, reviewerId);
        if (imrCase == null) {
            return false;
        }
        deadlines.ended(caseId);
        book.released(caseId, reviewerId);
        selector.closed(reviewerId);
        decisions.responded(caseId, reviewerId, response);
        log.info("Case {} {} by reviewer {}; reassigning", caseId, response, reviewerId);
        choice.assignOrWait(imrCase);
        return true;
    }
}
