package org.imr.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The California state holidays on which state offices close, year by year, as listed in the data file (one line a
 * holiday: {@code date | name | source}; {@code #} starts a comment). The years listed must follow one another; a date
 * in a year the data does not list is refused rather than guessed.
 */
public final class StateHolidays {

    private final Map<LocalDate, Holiday> byDate;
    private final String origin;
    private final int firstYear;
    private final int lastYear;

    private StateHolidays(Map<LocalDate, Holiday> byDate, String origin) {
        if (byDate.isEmpty()) {
            throw new IllegalArgumentException("No holidays in " + origin);
        }
        this.byDate = Map.copyOf(byDate);
        this.origin = origin;
        this.firstYear = byDate.keySet().stream().mapToInt(LocalDate::getYear).min().orElseThrow();
        this.lastYear = byDate.keySet().stream().mapToInt(LocalDate::getYear).max().orElseThrow();
        for (int year = firstYear; year <= lastYear; year++) {
            int listed = year;
            if (byDate.keySet().stream().noneMatch(date -> date.getYear() == listed)) {
                throw new IllegalArgumentException(origin + " lists no holiday in " + year + " between " + firstYear
                        + " and " + lastYear);
            }
        }
    }

    /** A holiday as the data lists it. */
    public record Holiday(LocalDate date, String name, String source) {
    }

    /** Reads the data file; {@code origin} names it in errors. */
    public static StateHolidays read(InputStream data, String origin) {
        Map<LocalDate, Holiday> holidays = new TreeMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                Holiday holiday = parse(content, origin + ":" + number);
                if (holidays.put(holiday.date(), holiday) != null) {
                    throw new IllegalArgumentException(origin + ":" + number + " lists " + holiday.date() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + origin, e);
        }
        return new StateHolidays(holidays, origin);
    }

    private static Holiday parse(String line, String where) {
        String[] fields = line.split("\\|");
        if (fields.length != 3 || fields[1].isBlank() || fields[2].isBlank()) {
            throw new IllegalArgumentException(where + ": expected 'date | name | source', was '" + line + "'");
        }
        return new Holiday(LocalDate.parse(fields[0].strip()), fields[1].strip(), fields[2].strip());
    }

    /** Whether state offices close on that date; refused for a year the data does not list. */
    public boolean isHoliday(LocalDate date) {
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new IllegalStateException("No California state holidays are known for " + date.getYear() + " ("
                    + origin + " lists " + firstYear + " to " + lastYear + "); add that year's holidays");
        }
        return byDate.containsKey(date);
    }

    /** The holidays listed in that year, in date order. */
    public List<Holiday> in(int year) {
        return byDate.values().stream().filter(h -> h.date().getYear() == year)
                .sorted(Comparator.comparing(Holiday::date)).toList();
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }
}
