package org.imr.intake.expedite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.imr.calendar.ImrCalendarDefaults;
import org.junit.jupiter.api.Test;

class ExpeditedClocksTest {

    @Test
    void theRecordsAreDueInTwentyFourHoursAndTheDeterminationByTheEndOfTheThirdDayInCalifornia() {
        Instant fridayMorningInCalifornia = Instant.parse("2026-11-27T16:00:00Z");

        ExpeditedClocks clocks = ExpeditedClocks.of(ImrCalendarDefaults.deadlines()
                .convertedToExpedited(fridayMorningInCalifornia));

        assertThat(clocks.recordsDueAt()).isEqualTo(Instant.parse("2026-11-28T16:00:00Z"));
        assertThat(clocks.determinationDueAt()).as("the end of Monday 30 November in California")
                .isEqualTo(Instant.parse("2026-12-01T07:59:59.999Z"));
    }
}
