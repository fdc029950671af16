package org.imr.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A period in working days that would end on a California state holiday ends on the next working day instead, one
 * case per rule of Government Code 19853; a holiday on which offices stay open, or a period in calendar days, does not
 * move. The periods are the configured ones.
 */
class HolidayRulesTest {

    private final ImrDeadlines deadlines = ImrCalendarDefaults.deadlines();
    private final ImrCalendar calendar = deadlines.calendar();
    private final Period oneWorkingDay = deadlines.periods().assignmentNotice();

    static Stream<Arguments> holidayRules() {
        return Stream.of(
                rule("January 1 on a weekday", "2025-12-31", "2026-01-01", "2026-01-02"),
                rule("January 1 on a Sunday: the Monday after", "2016-12-30", "2017-01-02", "2017-01-03"),
                rule("third Monday in January", "2026-01-16", "2026-01-19", "2026-01-20"),
                rule("third Monday in February", "2026-02-13", "2026-02-16", "2026-02-17"),
                rule("March 31 on a weekday", "2026-03-30", "2026-03-31", "2026-04-01"),
                rule("March 31 on a Sunday: the Monday after", "2024-03-29", "2024-04-01", "2024-04-02"),
                rule("last Monday in May", "2026-05-22", "2026-05-25", "2026-05-26"),
                rule("July 4 on a weekday", "2025-07-03", "2025-07-04", "2025-07-07"),
                rule("July 4 on a Sunday: the Monday after", "2021-07-02", "2021-07-05", "2021-07-06"),
                rule("first Monday in September", "2026-09-04", "2026-09-07", "2026-09-08"),
                rule("November 11 on a weekday", "2026-11-10", "2026-11-11", "2026-11-12"),
                rule("November 11 on a Saturday: the Friday before", "2023-11-09", "2023-11-10", "2023-11-13"),
                rule("Thanksgiving Day and the day after", "2026-11-25", "2026-11-26", "2026-11-30"),
                rule("December 25 on a weekday", "2026-12-24", "2026-12-25", "2026-12-28"),
                rule("December 25 on a Sunday: the Monday after", "2022-12-23", "2022-12-26", "2022-12-27"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holidayRules")
    void aPeriodInWorkingDaysEndingOnTheHolidayEndsOnTheNextWorkingDay(String rule, LocalDate start, LocalDate holiday,
            LocalDate end) {
        assertThat(nextWeekday(start)).as("counting weekends only, the period would end on the holiday")
                .isEqualTo(holiday);
        assertThat(calendar.isWorkingDay(holiday)).as("%s is a holiday", holiday).isFalse();

        assertThat(calendar.after(start, oneWorkingDay)).isEqualTo(end);
    }

    static Stream<Arguments> openOffices() {
        return Stream.of(
                rule("a holiday on a Saturday gives no Friday off (December 25, 2021)", "2021-12-23", "2021-12-24"),
                rule("July 4 on a Saturday gives no Friday off", "2026-07-02", "2026-07-03"),
                rule("Juneteenth: offices stay open (Gov. Code 19853(e))", "2026-06-18", "2026-06-19"),
                rule("Lincoln Day: not in 19853(a)", "2026-02-11", "2026-02-12"),
                rule("Native American Day: offices stay open (19853(e))", "2026-09-24", "2026-09-25"),
                rule("Columbus Day: not in 19853(a)", "2026-10-09", "2026-10-12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openOffices")
    void aDayStateOfficesAreOpenIsAWorkingDay(String rule, LocalDate start, LocalDate end) {
        assertThat(calendar.after(start, oneWorkingDay)).isEqualTo(end);
    }

    @Test
    void theFiveWorkingDaysToAuthoriseSkipThanksgivingAndTheDayAfter() {
        assertThat(deadlines.authorisationDue(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(deadlines.review(ReviewTrack.FORMULARY, false, LocalDate.of(2026, 12, 22), calendar.endOf(
                LocalDate.of(2026, 12, 22))).determinationDue()).as("Christmas and the weekend skipped")
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aPeriodInCalendarDaysEndsOnAHolidayAllTheSame() {
        LocalDate received = LocalDate.of(2026, 11, 25);

        assertThat(deadlines.review(ReviewTrack.STANDARD, false, received, calendar.endOf(received)).determinationDue())
                .isEqualTo(LocalDate.of(2026, 12, 25));
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Arguments rule(String name, String start, String holiday, String end) {
        return Arguments.of(name, LocalDate.parse(start), LocalDate.parse(holiday), LocalDate.parse(end));
    }

    private static Arguments rule(String name, String start, String end) {
        return Arguments.of(name, LocalDate.parse(start), LocalDate.parse(end));
    }
}
