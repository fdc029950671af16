package org.imr.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.imr.calendar.ImrCalendarDefaults;
import org.junit.jupiter.api.Test;

class NewDayRetryTest {

    private final NewDayRetry retry = new NewDayRetry(null, Clock.systemUTC(), ImrCalendarDefaults.deadlines().calendar());

    @Test
    void onlyTheFirstCheckOfANewDayRetries() {
        LocalDate monday = LocalDate.of(2026, 11, 30);

        assertThat(retry.isNewDay(monday)).as("the first check only remembers the day").isFalse();
        assertThat(retry.isNewDay(monday)).isFalse();
        assertThat(retry.isNewDay(monday.plusDays(1))).isTrue();
        assertThat(retry.isNewDay(monday.plusDays(1))).isFalse();
    }

    @Test
    void theDayIsTheDayInCalifornia() {
        Instant lateSundayInCalifornia = Instant.parse("2026-11-30T07:30:00Z");
        NewDayRetry atMidnightUtc = new NewDayRetry(null, Clock.fixed(lateSundayInCalifornia, ZoneOffset.UTC),
                ImrCalendarDefaults.deadlines().calendar());

        atMidnightUtc.check();

        assertThat(atMidnightUtc.isNewDay(LocalDate.of(2026, 11, 29))).as("still Sunday there").isFalse();
    }
}
