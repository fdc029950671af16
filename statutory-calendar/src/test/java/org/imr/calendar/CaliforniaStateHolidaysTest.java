package org.imr.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The holiday data against the lists the State published for the years at hand, and every year it lists against
 * Government Code 19853(a),(b) as restated here independently of the data.
 */
class CaliforniaStateHolidaysTest {

    /** The published lists, transcribed (the sources are named in the data file's header of each year). */
    private static final Map<Integer, List<String>> PUBLISHED = Map.of(
            2013, List.of("01-01", "01-21", "02-18", "04-01", "05-27", "07-04", "09-02", "11-11", "11-28", "11-29", "12-25"),
            2014, List.of("01-01", "01-20", "02-17", "03-31", "05-26", "07-04", "09-01", "11-11", "11-27", "11-28", "12-25"),
            2017, List.of("01-02", "01-16", "02-20", "03-31", "05-29", "07-04", "09-04", "11-10", "11-23", "11-24", "12-25"),
            2021, List.of("01-01", "01-18", "02-15", "03-31", "05-31", "07-05", "09-06", "11-11", "11-25", "11-26", "12-25"),
            2024, List.of("01-01", "01-15", "02-19", "04-01", "05-27", "07-04", "09-02", "11-11", "11-28", "11-29", "12-25"));

    private final StateHolidays holidays = packaged();

    @Test
    void theDataListsTheDatesTheStatePublishedForEachYearAtHand() {
        PUBLISHED.forEach((year, dates) -> assertThat(datesIn(year)).as("%s", year)
                .containsExactlyElementsOf(dates.stream().map(d -> MonthDay.parse("--" + d).atYear(year)).toList()));
    }

    @Test
    void everyYearListedFollowsGovernmentCode19853() {
        assertThat(holidays.firstYear()).isEqualTo(2013);
        assertThat(holidays.lastYear()).isGreaterThanOrEqualTo(2035);
        for (int year = holidays.firstYear(); year <= holidays.lastYear(); year++) {
            assertThat(datesIn(year)).as("%s", year).containsExactlyElementsOf(statute(year));
        }
    }

    @Test
    void everyHolidayNamesItsSource() {
        for (int year = holidays.firstYear(); year <= holidays.lastYear(); year++) {
            assertThat(holidays.in(year)).allSatisfy(holiday -> assertThat(holiday.source()).startsWith("19853(a)"));
        }
        assertThat(holidays.in(2017)).filteredOn(h -> h.date().equals(LocalDate.of(2017, 11, 10))).singleElement()
                .satisfies(h -> assertThat(h.name()).isEqualTo("Veterans Day (observed)"));
    }

    @Test
    void aYearTheDataDoesNotListIsRefusedNotGuessed() {
        assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(holidays.lastYear() + 1, 1, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("add that year's holidays");
        assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(2012, 12, 25))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void malformedDataIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("2026-01-01 | New Year's Day\n")).hasMessageContaining("test:1");
        assertThatThrownBy(() -> read("2026-01-01 | a | b\n2026-01-01 | a | b\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> read("2025-01-01 | a | b\n2027-01-01 | a | b\n")).hasMessageContaining("2026");
    }

    private List<LocalDate> datesIn(int year) {
        return holidays.in(year).stream().map(StateHolidays.Holiday::date).toList();
    }

    /** Government Code 19853(a) with the observance rules of (b), restated. */
    private static List<LocalDate> statute(int year) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
        dates.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));
        dates.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
        dates.add(observed(LocalDate.of(year, Month.MARCH, 31)));
        dates.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        dates.add(observed(LocalDate.of(year, Month.JULY, 4)));
        dates.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
        LocalDate veterans = LocalDate.of(year, Month.NOVEMBER, 11);
        dates.add(veterans.getDayOfWeek() == DayOfWeek.SATURDAY ? veterans.minusDays(1) : observed(veterans));
        LocalDate thanksgiving = nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
        dates.add(thanksgiving);
        dates.add(thanksgiving.plusDays(1));
        dates.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return dates.stream().sorted().toList();
    }

    private static LocalDate observed(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static StateHolidays packaged() {
        try (var data = new ClassPathResource("calendar/california-state-holidays.txt").getInputStream()) {
            return StateHolidays.read(data, "california-state-holidays.txt");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static StateHolidays read(String data) {
        return StateHolidays.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
