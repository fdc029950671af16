package org.imr.intake.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class BusinessDaysTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private final BusinessDays businessDays = new BusinessDays(PACIFIC);

    @Test
    void aCaseScreenedOnATuesdayIsDueAtTheEndOfWednesday() {
        Instant due = businessDays.assignmentNoticeDue(Instant.parse("2026-11-24T18:00:00Z"));

        ZonedDateTime local = due.atZone(PACIFIC);
        assertThat(local.toLocalDate()).hasToString("2026-11-25");
        assertThat(local.getHour()).isEqualTo(23);
    }

    @Test
    void aCaseScreenedOnAFridayIsDueOnMonday() {
        Instant due = businessDays.assignmentNoticeDue(Instant.parse("2026-11-27T20:00:00Z"));

        assertThat(due.atZone(PACIFIC).toLocalDate()).hasToString("2026-11-30");
    }

    @Test
    void theDayIsCountedInPacificTime() {
        Instant fridayEveningInCalifornia = Instant.parse("2026-11-28T05:00:00Z");

        assertThat(businessDays.assignmentNoticeDue(fridayEveningInCalifornia).atZone(PACIFIC).toLocalDate())
                .hasToString("2026-11-30");
    }
}
