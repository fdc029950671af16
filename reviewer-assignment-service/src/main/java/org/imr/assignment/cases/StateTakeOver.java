package org.imr.assignment.cases;

import java.time.Clock;
import java.time.Instant;

import org.imr.assignment.domain.AcceptanceDeadlines;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.calendar.ImrCalendar;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerResponded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a new writer of assignments learns from what the writers before it published: the cases assigned (their
 * reviewers' open cases, awaiting acceptance from the instant of assignment), the reviewers' responses, the cases
 * left waiting, the conversions to expedited review. Used under the lock of {@link CaseAssignment}.
 */
final class StateTakeOver {

    private static final Logger log = LoggerFactory.getLogger(StateTakeOver.class);

    private final CaseBook book;
    private final AcceptanceDeadlines deadlines;
    private final ReviewerSelector selector;
    private final CaseClocks clocks;
    private final Clock clock;
    private final ImrCalendar calendar;

    StateTakeOver(CaseBook book, AcceptanceDeadlines deadlines, ReviewerSelector selector, CaseClocks clocks, Clock clock,
            ImrCalendar calendar) {
        this.book = book;
        this.deadlines = deadlines;
        this.selector = selector;
        this.clocks = clocks;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** A case determined: nobody holds it, it never waits again (its assignments are not read back at all). */
    void determined(String caseId) {
        book.determined(caseId);
    }

    /**
     * A case another writer assigned and nobody determined yet (its latest assignment), unless this instance knows it
     * already: the reviewer's open case is counted here.
     */
    void assigned(ReviewerAssigned event) {
        ImrCase imrCase = clocks.current(event.getImrCase());
        String caseId = imrCase.getCaseId();
        String reviewerId = event.getReviewer().getReviewerId();
        String known = book.reviewerOf(caseId);
        book.stopsWaiting(caseId);
        if (reviewerId.equals(known) || "".equals(known)) {
            return;
        }
        if (known != null) {
            selector.closed(known);
            deadlines.ended(caseId);
        }
        book.held(imrCase, reviewerId);
        selector.openedElsewhere(reviewerId, CaseProfiles.of(imrCase, calendar.today(clock)));
        deadlines.assigned(caseId, reviewerId, event.getEnvelope().getOccurredAt());
    }

    /**
     * A reviewer's response: an acceptance stops the time-out; a decline or time-out bars the reviewer from the case and,
     * when that reviewer still holds it (it was not reassigned since), gives it back.
     */
    void responded(ReviewerResponded response) {
        String caseId = response.getCaseId();
        String reviewerId = response.getReviewerId();
        switch (response.getResponse()) {
            case ACCEPTED -> deadlines.accepted(caseId, reviewerId);
            case DECLINED, TIMED_OUT -> {
                if (book.heldBy(caseId, reviewerId) != null) {
                    deadlines.ended(caseId);
                    book.released(caseId, reviewerId);
                    selector.closed(reviewerId);
                } else {
                    book.declined(caseId, reviewerId);
                }
            }
            default -> log.info("Case {}: response of unknown kind ignored", caseId);
        }
    }

    /** A case another writer left waiting, unless it has been assigned since. */
    void waiting(ImrCase imrCase) {
        book.waitsUnlessAssigned(clocks.current(imrCase));
    }

    /** A conversion to expedited review (read before the assignments, so that their case files are current). */
    void expedited(String caseId, Instant certifiedAt) {
        clocks.converted(caseId, certifiedAt);
        ImrCase open = book.open(caseId);
        if (open != null) {
            book.updated(clocks.current(open));
        }
    }
}
