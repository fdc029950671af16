package org.imr.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.junit.jupiter.api.Test;

class StatutoryClockTest {

    private final StatutoryClock clock = new StatutoryClock();
    private final LocalDate receivedFriday = LocalDate.of(2026, 11, 27);
    private final LocalDate assignedMonday = LocalDate.of(2026, 11, 30);

    @Test
    void aStandardReviewIsDueThirtyDaysAfterReceiptWithRecordsFifteenDaysAfterAssignment() {
        assertThat(clock.dueDates(false, false, false, receivedFriday, assignedMonday))
                .isEqualTo(new DueDates(LocalDate.of(2026, 12, 27), LocalDate.of(2026, 12, 15)));
    }

    @Test
    void recordsAreDueInTwelveDaysWhenNotifiedElectronically() {
        assertThat(clock.dueDates(false, false, true, receivedFriday, assignedMonday).recordsDue())
                .isEqualTo(LocalDate.of(2026, 12, 12));
    }

    @Test
    void anExpeditedReviewIsDueInThreeDaysWithRecordsWithinTwentyFourHours() {
        assertThat(clock.dueDates(true, false, true, receivedFriday, assignedMonday))
                .isEqualTo(new DueDates(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aFormularyDrugDisputeIsDueInFiveWorkingDaysSkippingTheWeekend() {
        assertThat(clock.dueDates(false, true, false, receivedFriday, assignedMonday).determinationDue())
                .isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aCaseConvertedToExpeditedIsDueThreeDaysAfterTheCertificationWithRecordsTheDayAfter() {
        LocalDate certified = LocalDate.of(2026, 12, 10);

        assertThat(clock.convertedToExpedited(certified))
                .isEqualTo(new DueDates(LocalDate.of(2026, 12, 13), LocalDate.of(2026, 12, 11)));
    }
}
