package org.imr.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The process's deadlines on the IMR calendar, with the configured periods. */
class ImrDeadlinesTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    /** Wednesday 25 November 2026, 23:30 in California: already Thursday the 26th in UTC. */
    private static final Instant LATE_WEDNESDAY = Instant.parse("2026-11-26T07:30:00Z");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    private final ImrDeadlines deadlines = ImrCalendarDefaults.deadlines();
    private final ImrCalendar calendar = deadlines.calendar();

    @Test
    void theProgrammesDateIsTheDateInCalifornia() {
        assertThat(calendar.zone()).isEqualTo(PACIFIC);
        assertThat(calendar.dateOf(LATE_WEDNESDAY)).isEqualTo(WEDNESDAY);
        assertThat(calendar.endOf(WEDNESDAY)).isEqualTo(Instant.parse("2026-11-26T07:59:59.999Z"));
        assertThat(calendar.dateOf(calendar.endOf(WEDNESDAY))).isEqualTo(WEDNESDAY);
    }

    @Test
    void theAssignmentNoticeIsDueByTheEndOfTheNextBusinessDayInCalifornia() {
        assertThat(deadlines.assignmentNoticeDueAt(LATE_WEDNESDAY)).as("Thanksgiving, the day after, the weekend")
                .isEqualTo(calendar.endOf(LocalDate.of(2026, 11, 30)));
        assertThat(deadlines.assignmentNoticeDueAt(Instant.parse("2026-11-24T18:00:00Z")))
                .isEqualTo(calendar.endOf(WEDNESDAY));
    }

    @Test
    void aStandardReviewIsDueThirtyDaysAfterReceiptWithTheCaseFileFifteenDaysAfterTheNotice() {
        ReviewDeadlines due = deadlines.review(ReviewTrack.STANDARD, false, WEDNESDAY, LATE_WEDNESDAY);

        assertThat(due.determinationDue()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(due.determinationDueAt()).isEqualTo(calendar.endOf(LocalDate.of(2026, 12, 25)));
        assertThat(due.recordsDue()).as("from the Californian date of the notice").isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(due.recordsDueAt()).isEqualTo(calendar.endOf(LocalDate.of(2026, 12, 10)));
        assertThat(deadlines.review(ReviewTrack.STANDARD, true, WEDNESDAY, LATE_WEDNESDAY).recordsDue())
                .as("notified electronically").isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void anExpeditedReviewIsDueInThreeDaysWithTheCaseFileTwentyFourHoursAfterTheNotice() {
        ReviewDeadlines due = deadlines.review(ReviewTrack.EXPEDITED, true, WEDNESDAY, LATE_WEDNESDAY);

        assertThat(due.determinationDue()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(due.recordsDueAt()).isEqualTo(Instant.parse("2026-11-27T07:30:00Z"));
        assertThat(due.recordsDue()).as("the Californian date the 24 hours end on").isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aConversionToExpeditedRestartsBothClocksFromTheCertification() {
        ReviewDeadlines due = deadlines.convertedToExpedited(LATE_WEDNESDAY);

        assertThat(due).isEqualTo(deadlines.review(ReviewTrack.EXPEDITED, false, WEDNESDAY, LATE_WEDNESDAY));
        assertThat(due.determinationDueAt()).isEqualTo(calendar.endOf(LocalDate.of(2026, 11, 28)));
    }

    @Test
    void aFormularyDisputeIsDueInFiveWorkingDays() {
        assertThat(deadlines.review(ReviewTrack.FORMULARY, false, LocalDate.of(2015, 6, 25), LATE_WEDNESDAY)
                .determinationDue()).isEqualTo(LocalDate.of(2015, 7, 2));
    }

    @Test
    void theFilingWindowRunsThirtyDaysFromReceiptOrThirtyFiveFromServiceByMail() {
        assertThat(deadlines.filingDeadline(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(deadlines.filingDeadlineServedByMail(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void anAssignedReviewerHasAWorkingDayToAcceptTheSameTimeTheNextWorkingDay() {
        assertThat(deadlines.acceptanceDeadline(Instant.parse("2026-12-01T20:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-02T20:00:00Z"));
        assertThat(deadlines.acceptanceDeadline(Instant.parse("2026-12-04T20:00:00Z"))).as("Friday: Monday")
                .isEqualTo(Instant.parse("2026-12-07T20:00:00Z"));
        assertThat(deadlines.acceptanceDeadline(Instant.parse("2026-11-25T20:00:00Z"))).as("before Thanksgiving")
                .isEqualTo(Instant.parse("2026-11-30T20:00:00Z"));
    }

    @Test
    void aPeriodOfHoursHasNoDateAndAPeriodCountedFromADateIsStatedInDays() {
        Period hours = deadlines.periods().expeditedRecords();
        assertThatThrownBy(() -> calendar.after(WEDNESDAY, hours)).isInstanceOf(IllegalArgumentException.class);

        ImrPeriods periods = deadlines.periods();
        assertThatThrownBy(() -> new ImrDeadlines(calendar, new ImrPeriods(hours, periods.mailingExtension(),
                periods.assignmentNotice(), periods.standardRecords(), periods.electronicRecords(),
                periods.expeditedRecords(), periods.standardDetermination(), periods.formularyDetermination(),
                periods.expeditedDetermination(), periods.authorisation(), periods.reimbursement(), periods.appeal(),
                periods.acceptanceTimeout()))).hasMessageContaining("filing-window");
    }

    @Test
    void aNoticeWordsAPeriodAsItsSourceStatesIt() {
        assertThat(deadlines.periods().authorisation().words()).isEqualTo("5 working days");
        assertThat(deadlines.periods().filingWindow().words()).isEqualTo("30 days");
        assertThat(deadlines.periods().expeditedRecords().words()).isEqualTo("24 hours");
        assertThat(new Period(1, PeriodUnit.WORKING_DAYS, "x").words()).isEqualTo("1 working day");
    }
}
