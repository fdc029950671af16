package org.imr.assignment.cases;

import java.time.Clock;
import java.util.Optional;

import org.imr.assignment.domain.AcceptanceDeadlines;
import org.imr.assignment.domain.Assignment;
import org.imr.assignment.domain.ConsolidationIndex;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.calendar.ImrCalendar;
import org.imr.schemas.ImrCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the reviewer of a case (never one who declined or timed out on it) and publishes the decision with its due
 * dates; the chosen reviewer holds the case and must accept it in time. A case of an applicant (worker, requesting
 * physician, date of injury) with another open case goes to that case's reviewer when eligible (consolidated). Used under the lock of {@link CaseAssignment}.
 */
final class ReviewerChoice {

    private static final Logger log = LoggerFactory.getLogger(ReviewerChoice.class);
    /** How the audit says a case went to the reviewer of another case of the same applicant. */
    static final String CONSOLIDATED = "consolidated with case ";

    private final ReviewerSelector selector;
    private final DecisionPublisher decisions;
    private final CaseBook book;
    private final CaseClocks clocks;
    private final AcceptanceDeadlines deadlines;
    private final Clock clock;
    private final ImrCalendar calendar;

    ReviewerChoice(ReviewerSelector selector, DecisionPublisher decisions, CaseBook book, CaseClocks clocks,
            AcceptanceDeadlines deadlines, Clock clock, ImrCalendar calendar) {
        this.selector = selector;
        this.decisions = decisions;
        this.book = book;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Assigns the case, or publishes that nobody may take it (with why) and keeps it waiting. */
    void assignOrWait(ImrCase imrCase) {
        if (consolidated(imrCase)) {
            return;
        }
        switch (select(imrCase)) {
            case Assignment.Assigned assigned -> published(imrCase, assigned, null);
            case Assignment.NoEligibleReviewer none -> {
                decisions.noEligibleReviewer(imrCase, none, book.declinedBy(imrCase.getCaseId()));
                book.waits(imrCase);
                log.info("Case {}: no eligible reviewer among {}; waiting", imrCase.getCaseId(), none.reviewersConsidered());
            }
        }
    }

    /** Assigns a waiting case when someone may take it now (true); publishes nothing when nobody may yet. */
    boolean assignIfPossible(ImrCase imrCase) {
        if (consolidated(imrCase)) {
            return true;
        }
        Optional<Assignment.Assigned> assigned = selector.selectIfAny(CaseProfiles.of(imrCase, calendar.today(clock)),
                book.declinedBy(imrCase.getCaseId()));
        assigned.ifPresent(a -> published(imrCase, a, null));
        return assigned.isPresent();
    }

    /**
     * Assigns the case to the reviewer of an open case of the same applicant when that reviewer may take it; false
     * when there is none or it may not (then the usual selection).
     */
    private boolean consolidated(ImrCase imrCase) {
        Optional<ConsolidationIndex.OpenCase> open = book.consolidatableWith(imrCase);
        if (open.isEmpty()) {
            return false;
        }
        String note = CONSOLIDATED + open.get().caseId();
        Optional<Assignment.Assigned> assigned = selector.selectReviewer(CaseProfiles.of(imrCase, calendar.today(clock)),
                open.get().reviewerId(), book.declinedBy(imrCase.getCaseId()), note);
        assigned.ifPresent(a -> published(imrCase, a, note));
        return assigned.isPresent();
    }

    private Assignment select(ImrCase imrCase) {
        return selector.select(CaseProfiles.of(imrCase, calendar.today(clock)), book.declinedBy(imrCase.getCaseId()));
    }

    private void published(ImrCase imrCase, Assignment.Assigned assigned, String note) {
        String caseId = imrCase.getCaseId();
        String reviewerId = assigned.reviewer().reviewerId();
        decisions.assigned(imrCase, assigned, book.declinedBy(caseId), clocks.dueDates(imrCase, clock.instant()),
                note);
        book.held(imrCase, reviewerId);
        deadlines.assigned(caseId, reviewerId, clock.instant());
        log.debug("Case {} assigned to reviewer {}", caseId, reviewerId);
    }
}
