package org.imr.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NewDayRetryTest {

    private final NewDayRetry retry = new NewDayRetry(null, Clock.systemUTC());

    @Test
    void onlyTheFirstCheckOfANewDayRetries() {
        LocalDate monday = LocalDate.of(2026, 11, 30);

        assertThat(retry.isNewDay(monday)).as("the first check only remembers the day").isFalse();
        assertThat(retry.isNewDay(monday)).isFalse();
        assertThat(retry.isNewDay(monday.plusDays(1))).isTrue();
        assertThat(retry.isNewDay(monday.plusDays(1))).isFalse();
    }
}
