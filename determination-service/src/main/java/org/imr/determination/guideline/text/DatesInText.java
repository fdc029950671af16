package org.imr.determination.guideline.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar dates a clinical text states, where it states them: "10/22/2016", "10-22-16", "October 22, 2016",
 * "Oct. 22 2016" (a line break after the separator, as wrapped letters print "11-15- 2016", is allowed). A number that
 * is no valid date is not one. Immutable and thread-safe.
 */
public final class DatesInText {

    /**
     * A date the text states, and the chars that state it; {@code yearOnly} for a year stated alone, read as its last
     * day.
     */
    public record StatedDate(LocalDate date, CharSpan span, boolean yearOnly) {

        /** Chars between this date and {@code other}; 0 when they overlap. */
        public int distanceTo(CharSpan other) {
            return Math.max(0, Math.max(other.start() - span.end(), span.start() - other.end()));
        }
    }

    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{1,2})\\s?([/-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})\\b");
    private static final Pattern WORDED = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?"
                    + "\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final int CENTURY = 2000;
    /** A year stated alone, after a word that dates an event by it: "in 2012", "since 2014", "during 2015". */
    private static final Pattern YEAR_ALONE = Pattern.compile("\\b(?:in|since|during|of|from)\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    /** A month with its year and no day, "3/2016", "03/2016", "March 2016", "in Oct. 2016". */
    private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})/((?:19|20)\\d{2})\\b");
    /**
     * A month with a two-digit year and no day, "11/16", "UDT 10/16": a ratio ("pain 8/10", "strength 4/5") is written
     * the same way, so it is read only where a dated event stands beside it.
     */
    private static final Pattern MONTH_SHORT_YEAR = Pattern.compile(
            "(?<![\\d/.:-])(0?[1-9]|1[0-2])/(\\d{2})(?![\\d/:]|\\.\\d)");
    private static final Pattern MONTH_YEAR_WORDED = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+((?:19|20)\\d{2})\\b");

    /**
     * A time stated back from the visit: "3 weeks ago", "6 weeks post-op", "6 weeks status post ORIF", "two months
     * since surgery", "last week", "yesterday", a month back for what is done "monthly" or "at every visit" (not "two
     * weeks after surgery", which may count from a surgery long past, unless the worker "is" that far after it now).
     */
    private static final Pattern AGO = Pattern.compile("\\b(?:(an?)|" + RequestedQuantity.NUMBER
            + ")\\s+(day|week|wk|month|mo|year|yr)s?\\s+(?:ago|earlier|post[- ]?op\\b|postop|postoperative|"
            + "post[- ]?operatively|post[- ]?surgery|since (?:the )?surgery|out from (?:the )?surgery|status post\\b|"
            + "s/p\\b)", Pattern.CASE_INSENSITIVE);
    /** A time after an event that the worker is at now: "she is four weeks after ORIF", "now 6 weeks out from". */
    private static final Pattern NOW_AFTER = Pattern.compile("\\b(?:is|are|now|currently|presently)\\s+"
            + "(?:about\\s+|approximately\\s+|nearly\\s+|almost\\s+)?(?:(an?)|" + RequestedQuantity.NUMBER
            + ")\\s+(day|week|wk|month|mo|year|yr)s?\\s+(?:after|out from|out of|past|post|since)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A frequency that says something is done each month or more often, so that it was done within the last month:
     * "UDS monthly", "urine drug testing at every visit".
     */
    private static final Pattern MONTHLY = Pattern.compile(
            "\\b(?:monthly|every month|each month|every (?:office )?visit|each (?:office )?visit|weekly|every week)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A count of times something was done in the last year, "4 UDTs this year", "three urine drug screens in the past
     * year": spread over the year, the last of N was done about 360/N days back (2 of them half a year back).
     */
    private static final Pattern TIMES_THIS_YEAR = Pattern.compile("\\b" + RequestedQuantity.NUMBER
            + "\\s+(?:[a-z]+\\s+){0,3}?(?:this year|this past year|in the (?:past|last) (?:year|12 months)"
            + "|over the (?:past|last) (?:year|12 months)|within the (?:past|last) (?:year|12 months))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int DAYS_OF_A_YEAR_SPREAD = 360;
    private static final Pattern LAST = Pattern.compile("\\b(?:last (week|month|year)|(yesterday))\\b",
            Pattern.CASE_INSENSITIVE);
    private DatesInText() {
    }

    /**
     * The dates of {@code text} in the order it states them, those it states back from the visit ("3 weeks ago",
     * "6 weeks post-op", "last month") counted back from {@code visit} among them.
     */
    public static List<StatedDate> in(String text, LocalDate visit) {
        return withStatedBack(in(text), text, visit);
    }

    /** As {@link #inWithYears(String)}, with the dates it states back from {@code visit}. */
    public static List<StatedDate> inWithYears(String text, LocalDate visit) {
        return withStatedBack(inWithYears(text), text, visit);
    }

    private static List<StatedDate> withStatedBack(List<StatedDate> stated, String text, LocalDate visit) {
        List<StatedDate> dates = new ArrayList<>(stated);
        dates.addAll(statedBack(text, visit));
        dates.sort(Comparator.comparingInt(date -> date.span().start()));
        return List.copyOf(dates);
    }

    private static List<StatedDate> statedBack(String text, LocalDate visit) {
        List<StatedDate> dates = new ArrayList<>();
        addTimesBack(AGO.matcher(text), visit, dates);
        addTimesBack(NOW_AFTER.matcher(text), visit, dates);
        Matcher monthly = MONTHLY.matcher(text);
        while (monthly.find()) {
            dates.add(new StatedDate(visit.minusMonths(1), new CharSpan(monthly.start(), monthly.end()), false));
        }
        Matcher times = TIMES_THIS_YEAR.matcher(text);
        while (times.find()) {
            Integer number = RequestedQuantity.number(times.group(1).toLowerCase(Locale.ROOT));
            if (number != null && number >= 2 && number <= 12) {
                dates.add(new StatedDate(visit.minusDays(DAYS_OF_A_YEAR_SPREAD / number),
                        new CharSpan(times.start(), times.end()), false));
            }
        }
        Matcher last = LAST.matcher(text);
        while (last.find()) {
            String unit = last.group(2) != null ? "day" : last.group(1).toLowerCase(Locale.ROOT);
            dates.add(new StatedDate(back(visit, 1, unit), new CharSpan(last.start(), last.end()), false));
        }
        return dates;
    }

    /**
     * The dates a pattern of an article or number (groups 1, 2) and a unit (group 3) states back from the visit, but
     * for words that state a date already found.
     */
    private static void addTimesBack(Matcher times, LocalDate visit, List<StatedDate> dates) {
        while (times.find()) {
            Integer number = times.group(1) != null ? Integer.valueOf(1)
                    : RequestedQuantity.number(times.group(2).toLowerCase(Locale.ROOT));
            CharSpan span = new CharSpan(times.start(), times.end());
            if (number != null && dates.stream().noneMatch(date -> date.distanceTo(span) == 0)) {
                dates.add(new StatedDate(back(visit, number, times.group(3).toLowerCase(Locale.ROOT)), span, false));
            }
        }
    }

    private static LocalDate back(LocalDate visit, int number, String unit) {
        return switch (unit) {
            case "day" -> visit.minusDays(number);
            case "week", "wk" -> visit.minusWeeks(number);
            case "month", "mo" -> visit.minusMonths(number);
            default -> visit.minusYears(number);
        };
    }

    /** The dates of {@code text} in the order it states them. */
    public static List<StatedDate> in(String text) {
        List<StatedDate> dates = new ArrayList<>();
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            int year = Integer.parseInt(numeric.group(4));
            add(dates, year < 100 ? CENTURY + year : year, Integer.parseInt(numeric.group(1)),
                    Integer.parseInt(numeric.group(3)), new CharSpan(numeric.start(), numeric.end()));
        }
        Matcher worded = WORDED.matcher(text.toLowerCase(Locale.ROOT));
        while (worded.find()) {
            add(dates, Integer.parseInt(worded.group(3)), MONTHS.get(worded.group(1)),
                    Integer.parseInt(worded.group(2)), new CharSpan(worded.start(), worded.end()));
        }
        dates.sort(Comparator.comparingInt(stated -> stated.span().start()));
        return List.copyOf(dates);
    }

    /**
     * The dates of {@code text} in the order it states them, with each year it states alone ("in 2012") read as the
     * year's last day: the latest date it may mean.
     */
    public static List<StatedDate> inWithYears(String text) {
        List<StatedDate> dates = new ArrayList<>(in(text));
        Matcher numericMonth = MONTH_YEAR_NUMERIC.matcher(text);
        while (numericMonth.find()) {
            addMonth(dates, Integer.parseInt(numericMonth.group(2)), Integer.parseInt(numericMonth.group(1)),
                    new CharSpan(numericMonth.start(), numericMonth.end()));
        }
        Matcher wordedMonth = MONTH_YEAR_WORDED.matcher(text.toLowerCase(Locale.ROOT));
        while (wordedMonth.find()) {
            addMonth(dates, Integer.parseInt(wordedMonth.group(2)), MONTHS.get(wordedMonth.group(1)),
                    new CharSpan(wordedMonth.start(), wordedMonth.end()));
        }
        Matcher year = YEAR_ALONE.matcher(text);
        while (year.find()) {
            dates.add(new StatedDate(LocalDate.of(Integer.parseInt(year.group(1)), 12, 31),
                    new CharSpan(year.start(1), year.end(1)), true));
        }
        dates.sort(Comparator.comparingInt(stated -> stated.span().start()));
        return List.copyOf(dates);
    }

    /**
     * The months {@code text} states with a two-digit year and no day ("UDT 11/16"), each read as the month's last day;
     * a ratio is written the same way ("pain 8/10"), so a caller reads these only beside an event it dates.
     */
    public static List<StatedDate> monthsWithTwoDigitYears(String text) {
        List<StatedDate> dates = new ArrayList<>();
        Matcher month = MONTH_SHORT_YEAR.matcher(text);
        while (month.find()) {
            addMonth(dates, CENTURY + Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)),
                    new CharSpan(month.start(), month.end()));
        }
        return List.copyOf(dates);
    }

    /** A month stated with its year and no day, read as the month's last day: the latest date it may mean. */
    private static void addMonth(List<StatedDate> dates, int year, int month, CharSpan span) {
        if (month >= 1 && month <= 12) {
            dates.add(new StatedDate(YearMonth.of(year, month).atEndOfMonth(), span, false));
        }
    }

    private static void add(List<StatedDate> dates, int year, int month, int day, CharSpan span) {
        try {
            dates.add(new StatedDate(LocalDate.of(year, month, day), span, false));
        } catch (DateTimeException notADate) {
            // a number that is no calendar date, e.g. a ratio or a dosage
        }
    }
}
