package org.imr.assignment.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.imr.assignment.domain.AcceptanceDeadlines;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.calendar.ImrDeadlines;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ReviewerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Assigns a received case to a reviewer, or reports that nobody may take it and keeps it waiting. A waiting case is
 * offered, in priority and due-date order, the capacity that a determination, a decline or a time-out frees, and gets
 * another chance whenever the roster changes or a day begins. An assigned reviewer accepts the case, declines it, or
 * times out when it has not accepted within {@code imr.calendar.periods.acceptance-timeout}; a declined or timed-out case
 * goes to another eligible reviewer, never the same one. Every decision is published with its audit record.
 *
 * <p>Only the writer of assignments (the instance holding the case partitions) decides. Its state lives in memory
 * and is rebuilt from the topics ({@link AssignmentHistory}) when it becomes the writer, and whenever a transaction
 * carrying its decisions rolled back ({@link #stale()}): the topics, not the memory, are the truth. Decisions made
 * outside a listener's poll (a reviewer's response over HTTP, a time-out, a roster change) are published in a
 * transaction of their own.
 */
@Service
public class CaseAssignment {

    private static final Logger log = LoggerFactory.getLogger(CaseAssignment.class);

    private final ReviewerSelector selector;
    private final DecisionPublisher decisions;
    private final EventPublisher publisher;
    private final AssignmentHistory history;
    private final Clock clock;
    private final ImrDeadlines imrDeadlines;
    private State state;
    private volatile boolean writer;
    private volatile boolean stale;
    private int freedSinceOffered;

    public CaseAssignment(ReviewerSelector selector, DecisionPublisher decisions, EventPublisher publisher,
            AssignmentHistory history, Clock clock, ImrDeadlines imrDeadlines) {
        this.selector = selector;
        this.decisions = decisions;
        this.publisher = publisher;
        this.history = history;
        this.clock = clock;
        this.imrDeadlines = imrDeadlines;
        forget();
    }

    public synchronized void assign(ImrCase imrCase) {
        current();
        if (state.book().knows(imrCase.getCaseId())) {
            log.info("Case {} already handled; ignored", imrCase.getCaseId());
            return;
        }
        choice().assignOrWait(state.clocks().current(imrCase));
    }

    /**
     * The case was converted to expedited review: it waits ahead of standard cases, and its due dates, recomputed from
     * the certification, are audited. A conversion read before its case applies when the case arrives.
     */
    public synchronized void expedited(String caseId, Instant certifiedAt) {
        current();
        CaseClocks clocks = state.clocks();
        if (!clocks.converted(caseId, certifiedAt)) {
            return;
        }
        CaseBook book = state.book();
        ImrCase open = book.open(caseId);
        if (open == null) {
            log.info("Case {} converted to expedited review before it was received or after its determination", caseId);
            return;
        }
        ImrCase expedited = clocks.current(open);
        book.updated(expedited);
        decisions.expedited(caseId, book.reviewerOf(caseId), book.declinedBy(caseId),
                clocks.dueDates(expedited, clock.instant()));
        log.info("Case {} converted to expedited review; due dates recomputed", caseId);
    }

    /** The case's determination was issued: its reviewer has one open case less, to offer to a waiting case. */
    public synchronized void determinationIssued(String caseId) {
        current();
        state.deadlines().ended(caseId);
        String reviewerId = state.book().determined(caseId);
        if (reviewerId != null) {
            selector.closed(reviewerId);
            freedSinceOffered++;
            log.debug("Case {} determined; reviewer {} released", caseId, reviewerId);
        }
    }

    /**
     * Offers the capacity freed since the last offer (determinations, declines, time-outs) to the waiting cases,
     * expedited first, then by date received; stops when the freed capacity is taken.
     */
    public synchronized void offerFreedCapacity() {
        current();
        int freed = freedSinceOffered;
        freedSinceOffered = 0;
        ReviewerChoice choice = choice();
        for (ImrCase waiting : state.book().waitingQueue()) {
            if (freed == 0) {
                return;
            }
            if (choice.assignIfPossible(waiting)) {
                freed--;
            }
        }
    }

    /** The roster changed or a day began: every waiting case gets another chance, expedited ones first. */
    public synchronized void retryWaiting() {
        current();
        List<ImrCase> waiting = state.book().waitingQueue();
        if (waiting.isEmpty()) {
            return;
        }
        ownTransaction(() -> {
            ReviewerChoice choice = choice();
            waiting.forEach(choice::assignIfPossible);
            return null;
        });
    }

    /**
     * The assigned reviewer declined the case (a conflict discovered, unavailable): it goes to another eligible
     * reviewer, never to one who declined it, or waits. False when the reviewer does not hold the case.
     */
    public synchronized boolean declined(String caseId, String reviewerId) {
        current();
        return ownTransaction(() -> released(caseId, reviewerId, ReviewerResponse.DECLINED));
    }

    /** The assigned reviewer accepted the case: it no longer times out. False when the reviewer does not hold it. */
    public synchronized boolean accepted(String caseId, String reviewerId) {
        current();
        if (state.book().heldBy(caseId, reviewerId) == null) {
            return false;
        }
        return ownTransaction(() -> {
            if (state.deadlines().accepted(caseId, reviewerId)) {
                decisions.responded(caseId, reviewerId, ReviewerResponse.ACCEPTED);
                log.info("Case {} accepted by reviewer {}", caseId, reviewerId);
            }
            return true;
        });
    }

    /**
     * Every case whose reviewer has not accepted it by {@code now} times out and is reassigned like a declined one.
     * Only the writer of assignments does this. Returns the ids of the cases that timed out.
     */
    public synchronized List<String> timeOutOverdue(Instant now) {
        if (!writer) {
            return List.of();
        }
        current();
        List<AcceptanceDeadlines.Pending> overdue = state.deadlines().overdue(now);
        if (overdue.isEmpty()) {
            return List.of();
        }
        return ownTransaction(() -> {
            List<String> timedOut = new ArrayList<>();
            for (AcceptanceDeadlines.Pending pending : overdue) {
                log.info("Case {}: reviewer {} did not accept in time", pending.caseId(), pending.reviewerId());
                if (released(pending.caseId(), pending.reviewerId(), ReviewerResponse.TIMED_OUT)) {
                    timedOut.add(pending.caseId());
                }
            }
            return timedOut;
        });
    }

    /** Reviewers who declined or timed out on the case, in order of id (the audit records keep the sequence). */
    public Set<String> declinedBy(String caseId) {
        return state.book().declinedBy(caseId);
    }

    /** Case ids waiting for an eligible reviewer, expedited first (the visible queue). */
    public List<String> waitingCases() {
        return state.book().waitingQueue().stream().map(ImrCase::getCaseId).toList();
    }

    /**
     * A transaction carrying this writer's decisions rolled back: its memory may hold decisions the topics do not. The
     * state is rebuilt from the topics before the next decision.
     */
    public void stale() {
        stale = true;
    }

    /**
     * This instance is (or is no longer) the writer of assignments: a new writer rebuilds its state now; a former one
     * forgets it (a reviewer's response reaching a standby finds no case, the writer holds them).
     */
    synchronized void writer(boolean writer) {
        this.writer = writer;
        if (writer) {
            rebuild();
        } else {
            forget();
        }
    }

    private void current() {
        if (stale && writer) {
            rebuild();
        }
    }

    /** Nothing held, nothing waiting, no reviewer's case counted. */
    private void forget() {
        freedSinceOffered = 0;
        state = new State(new CaseBook(), new CaseClocks(imrDeadlines),
                new AcceptanceDeadlines(imrDeadlines::acceptanceDeadline));
        selector.reset();
    }

    private void rebuild() {
        stale = false;
        forget();
        AssignmentHistory.Snapshot published = history.read();
        StateTakeOver takeOver = new StateTakeOver(state.book(), state.deadlines(), selector, state.clocks(), clock,
                imrDeadlines.calendar());
        published.determined().forEach(takeOver::determined);
        published.expedited().forEach(e -> takeOver.expedited(e.getEnvelope().getCaseId(), e.getCertifiedAt()));
        published.latestAssignments().forEach(takeOver::assigned);
        published.responses().forEach(takeOver::responded);
        published.waiting().forEach(none -> takeOver.waiting(none.getImrCase()));
        log.info("Writer of assignments: state rebuilt from {} assignments, {} responses, {} waiting, {} expedited, {} "
                + "determinations", published.assignments(), published.responses().size(), published.waiting().size(),
                published.expedited().size(), published.determined().size());
    }

    /** Runs decisions in a transaction of their own (or the poll's, inside a listener); a failure makes the state stale. */
    private <T> T ownTransaction(Supplier<T> decide) {
        try {
            return publisher.inTransaction(decide);
        } catch (RuntimeException e) {
            stale = true;
            throw e;
        }
    }

    private ReviewerChoice choice() {
        return new ReviewerChoice(selector, decisions, state.book(), state.clocks(), state.deadlines(), clock,
                imrDeadlines.calendar());
    }

    private boolean released(String caseId, String reviewerId, ReviewerResponse response) {
        CaseBook book = state.book();
        ImrCase imrCase = book.heldBy(caseId, reviewerId);
        if (imrCase == null) {
            return false;
        }
        state.deadlines().ended(caseId);
        book.released(caseId, reviewerId);
        selector.closed(reviewerId);
        decisions.responded(caseId, reviewerId, response);
        log.info("Case {} {} by reviewer {}; reassigning", caseId, response, reviewerId);
        choice().assignOrWait(imrCase);
        freedSinceOffered++;
        offerFreedCapacity();
        return true;
    }

    /** What the writer knows: the cases, their clocks, the acceptances awaited. */
    private record State(CaseBook book, CaseClocks clocks, AcceptanceDeadlines deadlines) {
    }
}
