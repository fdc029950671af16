package org.imr.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.imr.calendar.ImrCalendarDefaults;
import org.junit.jupiter.api.Test;

class AcceptanceDeadlinesTest {

    /** A Tuesday. */
    private static final Instant TUESDAY_NOON = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant FRIDAY_NOON = Instant.parse("2026-12-04T12:00:00Z");

    private final AcceptanceDeadlines deadlines = new AcceptanceDeadlines(
            ImrCalendarDefaults.deadlines()::acceptanceDeadline);

    @Test
    void aCaseNotAcceptedWithinTheTimeOutIsOverdueNotBefore() {
        deadlines.assigned("case-1", "R-1", TUESDAY_NOON);

        assertThat(deadlines.overdue(TUESDAY_NOON.plus(Duration.ofHours(23)))).isEmpty();
        assertThat(deadlines.overdue(TUESDAY_NOON.plus(Duration.ofDays(1))))
                .containsExactly(new AcceptanceDeadlines.Pending("case-1", "R-1", TUESDAY_NOON.plus(Duration.ofDays(1))));
    }

    @Test
    void anAcceptedCaseNeverTimesOutAndOnlyItsReviewerMayAcceptIt() {
        deadlines.assigned("case-1", "R-1", TUESDAY_NOON);

        assertThat(deadlines.accepted("case-1", "R-2")).isFalse();
        assertThat(deadlines.isPending("case-1")).isTrue();
        assertThat(deadlines.accepted("case-1", "R-1")).isTrue();

        assertThat(deadlines.overdue(TUESDAY_NOON.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(deadlines.accepted("case-1", "R-1")).as("once").isFalse();
    }

    @Test
    void aReassignedCaseWaitsForTheNewReviewerFromItsOwnAssignment() {
        deadlines.assigned("case-1", "R-1", TUESDAY_NOON);
        Instant reassigned = TUESDAY_NOON.plus(Duration.ofDays(1));
        deadlines.ended("case-1");
        deadlines.assigned("case-1", "R-2", reassigned);

        assertThat(deadlines.overdue(reassigned.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(deadlines.overdue(reassigned.plus(Duration.ofDays(1)))).extracting(AcceptanceDeadlines.Pending::reviewerId)
                .containsExactly("R-2");
    }

    @Test
    void aDeadlineFallingOnAWeekendMovesToMonday() {
        deadlines.assigned("friday-case", "R-1", FRIDAY_NOON);

        assertThat(deadlines.overdue(Instant.parse("2026-12-06T23:00:00Z"))).as("Sunday night").isEmpty();
        assertThat(deadlines.overdue(Instant.parse("2026-12-07T12:00:00Z"))).extracting(AcceptanceDeadlines.Pending::deadline)
                .containsExactly(Instant.parse("2026-12-07T12:00:00Z"));
    }

    @Test
    void overdueCasesComeEarliestDeadlineFirstAndEndedOnesNotAtAll() {
        deadlines.assigned("late", "R-1", TUESDAY_NOON.plus(Duration.ofHours(2)));
        deadlines.assigned("early", "R-2", TUESDAY_NOON);
        deadlines.assigned("determined", "R-3", TUESDAY_NOON);
        deadlines.ended("determined");

        assertThat(deadlines.overdue(TUESDAY_NOON.plus(Duration.ofDays(2)))).extracting(AcceptanceDeadlines.Pending::caseId)
                .containsExactly("early", "late");
    }

    @Test
    void aDeadlineFallingOnAStateHolidayMovesToTheNextWorkingDay() {
        Instant wednesdayBeforeThanksgiving = Instant.parse("2026-11-25T20:00:00Z");
        deadlines.assigned("thanksgiving-case", "R-1", wednesdayBeforeThanksgiving);

        assertThat(deadlines.overdue(Instant.parse("2026-11-29T23:00:00Z"))).as("Sunday night").isEmpty();
        assertThat(deadlines.overdue(Instant.parse("2026-11-30T20:00:00Z"))).extracting(AcceptanceDeadlines.Pending::deadline)
                .containsExactly(Instant.parse("2026-11-30T20:00:00Z"));
    }
}
