package org.imr.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.imr.assignment.domain.AcceptanceDeadlines;
import org.imr.assignment.domain.EligibilityPolicy;
import org.imr.assignment.domain.Licence;
import org.imr.assignment.domain.Reviewer;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.assignment.domain.Roster;
import org.imr.assignment.domain.SpecialtyTaxonomy;
import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.imr.assignment.domain.Workload;
import org.imr.calendar.ImrCalendarDefaults;
import org.imr.calendar.ImrDeadlines;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.ReviewerResponse;
import org.imr.testsupport.SampleCases;
import org.junit.jupiter.api.Test;

/** A new writer's state, rebuilt from what the writers before it published (what a restart relies on). */
class StateTakeOverTest {

    /** A Tuesday. */
    private static final Instant ASSIGNED_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant PAST_THE_DEADLINE = ASSIGNED_AT.plus(Duration.ofDays(1)).plusSeconds(1);

    private final Roster roster = new Roster();
    private final ReviewerSelector selector = new ReviewerSelector(new EligibilityPolicy(new SpecialtyTaxonomy()), roster,
            new Workload());
    private final CaseBook book = new CaseBook();
    private final ImrDeadlines imrDeadlines = ImrCalendarDefaults.deadlines();
    private final AcceptanceDeadlines deadlines = new AcceptanceDeadlines(imrDeadlines::acceptanceDeadline);
    private final CaseClocks clocks = new CaseClocks(imrDeadlines);
    private final StateTakeOver takeOver = new StateTakeOver(book, deadlines, selector, clocks,
            Clock.fixed(ASSIGNED_AT, ZoneOffset.UTC), imrDeadlines.calendar());

    StateTakeOverTest() {
        roster.put(new Reviewer("R-1", List.of("Physical Medicine & Rehabilitation"), List.of(new Licence("California", null)),
                40, 10, Set.of(), true, 25));
    }

    @Test
    void aCaseAssignedBeforeTimesOutFromItsAssignmentUnlessItsReviewerAcceptedIt() {
        takeOver.assigned(assigned("case-1", "R-1"));
        takeOver.assigned(assigned("case-2", "R-1"));
        takeOver.responded(response("case-2", "R-1", ReviewerResponse.ACCEPTED));

        assertThat(deadlines.overdue(PAST_THE_DEADLINE.minusSeconds(2))).isEmpty();
        assertThat(deadlines.overdue(PAST_THE_DEADLINE)).extracting(AcceptanceDeadlines.Pending::caseId).containsExactly("case-1");
        assertThat(book.heldBy("case-1", "R-1")).isNotNull();
        assertThat(selector.openCases("R-1")).isEqualTo(2);
    }

    @Test
    void aDeclineOrTimeOutBeforeBarsTheReviewerFromTheCase() {
        takeOver.responded(response("case-1", "R-1", ReviewerResponse.DECLINED));
        takeOver.responded(response("case-1", "R-2", ReviewerResponse.TIMED_OUT));

        assertThat(book.declinedBy("case-1")).containsExactlyInAnyOrder("R-1", "R-2");
    }

    @Test
    void aCaseDeclinedByTheReviewerOfItsLatestAssignmentIsGivenBackAndMayWaitAgain() {
        takeOver.assigned(assigned("case-1", "R-1"));
        takeOver.responded(response("case-1", "R-1", ReviewerResponse.DECLINED));
        takeOver.waiting(SampleCases.seedCase("case-1"));

        assertThat(book.heldBy("case-1", "R-1")).isNull();
        assertThat(selector.openCases("R-1")).isZero();
        assertThat(deadlines.overdue(PAST_THE_DEADLINE)).isEmpty();
        assertThat(book.isWaiting("case-1")).isTrue();
        assertThat(book.declinedBy("case-1")).containsExactly("R-1");
    }

    @Test
    void aDeterminedCaseHoldsNobodyNeverTimesOutAndNeverWaitsAgain() {
        takeOver.determined("case-1");
        takeOver.responded(response("case-1", "R-1", ReviewerResponse.ACCEPTED));
        takeOver.waiting(SampleCases.seedCase("case-1"));

        assertThat(book.reviewerOf("case-1")).isEmpty();
        assertThat(book.isWaiting("case-1")).isFalse();
        assertThat(book.knows("case-1")).isTrue();
        assertThat(selector.openCases("R-1")).isZero();
        assertThat(deadlines.overdue(PAST_THE_DEADLINE)).isEmpty();
    }

    @Test
    void aConversionToExpeditedReviewMakesTheHeldCaseExpeditedWithItsClocksFromTheCertification() {
        Instant lateTuesdayInCalifornia = Instant.parse("2026-12-02T07:30:00Z");
        takeOver.expedited("case-1", lateTuesdayInCalifornia);
        takeOver.assigned(assigned("case-1", "R-1"));

        ImrCase held = book.heldBy("case-1", "R-1");
        assertThat(held.getPriority()).isEqualTo(Priority.EXPEDITED);
        assertThat(clocks.dueDates(held, ASSIGNED_AT)).as("3 days from Tuesday 1 December, 24 hours from 23:30")
                .isEqualTo(new DueDates(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 2)));
    }

    private static ReviewerAssigned assigned(String caseId, String reviewerId) {
        return new ReviewerAssigned(envelope(caseId, ASSIGNED_AT), SampleCases.seedCase(caseId),
                new ReviewerCredentials(reviewerId, List.of("California"), "Physical Medicine & Rehabilitation"), List.of(), null);
    }

    private static ReviewerResponded response(String caseId, String reviewerId, ReviewerResponse response) {
        return new ReviewerResponded(envelope(caseId, ASSIGNED_AT.plusSeconds(60)), caseId, reviewerId, response);
    }

    private static EventEnvelope envelope(String caseId, Instant at) {
        return new EventEnvelope(UUID.randomUUID(), caseId, at, "reviewer-assignment-service", 1);
    }
}
