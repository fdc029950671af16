package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyHoursTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Home health aide 8 hours a day, 7 days a week | 56
            Home health care 4 hrs/day x 5 days/wk | 20
            Home health 6 hours per day 3 days per week for 4 weeks | 18
            Home care assistance 40 hours per week | 40
            Home health services 5 days/week, 8 hrs/day | 40
            Home health aide 24/7 | 168
            Home health aide 12 hrs/day, 7 days/wk x 6 weeks | 84
            Home care 12 hours per day x 7 days | 84
            Home health aide 8 hrs/day for 30 days | 56
            Home health aide 4 hours a day x 3 days | 12
            """)
    void readsTheHoursAWeek(String description, int hours) {
        assertThat(WeeklyHours.in(description)).isEqualTo(OptionalInt.of(hours));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Home health evaluation
            Home health nursing visits x 6
            Home health 2 times a week for 4 weeks
            Home health nursing 1 visit a day x 7 days
            """)
    void statesNoHoursAWeek(String description) {
        assertThat(WeeklyHours.in(description)).isEmpty();
    }
}
