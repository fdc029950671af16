package org.imr.intake.expedite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ExpeditedClocksTest {

    @Test
    void theRecordsAreDueInADayAndTheDeterminationInTheConfiguredDays() {
        ExpeditedClocks clocks = ExpeditedClocks.from(Instant.parse("2026-11-27T16:00:00Z"), 3);

        assertThat(clocks.recordsDueAt()).isEqualTo(Instant.parse("2026-11-28T16:00:00Z"));
        assertThat(clocks.determinationDueAt()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }
}
