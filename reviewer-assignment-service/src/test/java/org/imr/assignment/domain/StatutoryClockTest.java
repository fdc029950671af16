package org.imr.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.imr.calendar.ImrCalendarDefaults;
import org.junit.jupiter.api.Test;

/** The audited due dates, from the IMR calendar's periods: dates in California. */
class StatutoryClockTest {

    private final StatutoryClock clock = new StatutoryClock(ImrCalendarDefaults.deadlines());
    private final LocalDate receivedFriday = LocalDate.of(2026, 12, 4);
    /** Monday 7 December 2026, 23:30 in California: Tuesday in UTC. */
    private final Instant noticeLateMonday = Instant.parse("2026-12-08T07:30:00Z");

    @Test
    void aStandardReviewIsDueThirtyDaysAfterReceiptWithRecordsFifteenDaysAfterTheNotice() {
        assertThat(clock.dueDates(false, false, false, receivedFriday, noticeLateMonday))
                .isEqualTo(new DueDates(LocalDate.of(2027, 1, 3), LocalDate.of(2026, 12, 22)));
    }

    @Test
    void recordsAreDueInTwelveDaysWhenNotifiedElectronically() {
        assertThat(clock.dueDates(false, false, true, receivedFriday, noticeLateMonday).recordsDue())
                .isEqualTo(LocalDate.of(2026, 12, 19));
    }

    @Test
    void anExpeditedReviewIsDueInThreeDaysWithRecordsWithinTwentyFourHours() {
        assertThat(clock.dueDates(true, false, true, receivedFriday, noticeLateMonday))
                .isEqualTo(new DueDates(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8)));
    }

    @Test
    void aFormularyDrugDisputeIsDueInFiveWorkingDaysSkippingTheWeekendAndChristmas() {
        assertThat(clock.dueDates(false, true, false, LocalDate.of(2026, 12, 22), noticeLateMonday).determinationDue())
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aCaseConvertedToExpeditedIsDueThreeDaysAfterTheCertificationWithRecordsTwentyFourHoursAfterIt() {
        assertThat(clock.convertedToExpedited(Instant.parse("2026-12-10T18:00:00Z")))
                .isEqualTo(new DueDates(LocalDate.of(2026, 12, 13), LocalDate.of(2026, 12, 11)));
    }
}
