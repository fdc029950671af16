package org.imr.determination.guideline.text;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours a week an item description requests, as home health and attendant care are written: "8 hours a day, 7
 * days a week", "4 hrs/day x 5 days/wk", "6 hours per day 3 days per week", "40 hours per week", "24/7", and hours a
 * day for some days ("12 hours per day x 7 days": at most seven of them in a week). Of a request the UR decision
 * modified, only the remaining IMR eligible portion counts.
 */
public final class WeeklyHours {

    private static final String HOURS = "(?:hours|hour|hrs|hr|h)";
    private static final String PER = "\\s*(?:/|per|a|an|each|every|x|times)?\\s*";
    private static final Pattern PER_DAY = Pattern.compile(
            "\\b(\\d{1,2}(?:\\.\\d+)?)\\s*-?\\s*" + HOURS + PER + "(?:day|days|d)\\b"
                    + "[\\s,;x*]*(?:for\\s+|times\\s+|by\\s+)?(\\d)\\s*-?\\s*(?:days|day|d)" + PER
                    + "(?:week|weeks|wk|wks|w)\\b");
    private static final Pattern DAYS_FIRST = Pattern.compile(
            "\\b(\\d)\\s*-?\\s*(?:days|day|d)" + PER + "(?:week|weeks|wk|wks|w)\\b[\\s,;x*]*(?:for\\s+|at\\s+)?"
                    + "(\\d{1,2}(?:\\.\\d+)?)\\s*-?\\s*" + HOURS + PER + "(?:day|days|d)\\b");
    /**
     * Hours a day for a number of days, no days a week stated: "12 hours per day x 7 days", "8 hrs/day for 30 days";
     * the days in one week of them are at most seven.
     */
    private static final Pattern PER_DAY_FOR_DAYS = Pattern.compile(
            "\\b(\\d{1,2}(?:\\.\\d+)?)\\s*-?\\s*" + HOURS + PER + "(?:day|days|d)\\b"
                    + "[\\s,;]*(?:x|for|times|by)\\s*(\\d{1,3})\\s*-?\\s*(?:days|day|d)\\b(?!" + PER
                    + "(?:week|weeks|wk|wks|w)\\b)");
    private static final Pattern PER_WEEK = Pattern.compile(
            "\\b(\\d{1,3}(?:\\.\\d+)?)\\s*-?\\s*" + HOURS + PER + "(?:week|weeks|wk|wks|w)\\b");
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile(
            "\\b24\\s*/\\s*7\\b|\\b24\\s*hours?\\s*(?:a|per)\\s*day\\b");

    private WeeklyHours() {
    }

    /** The hours a week requested, rounded up; empty when the description states no weekly amount of hours. */
    public static OptionalInt in(String description) {
        String text = RequestedQuantity.remainingPortion(description).toLowerCase(Locale.ROOT);
        Matcher perDay = PER_DAY.matcher(text);
        if (perDay.find()) {
            return hours(Double.parseDouble(perDay.group(1)) * Integer.parseInt(perDay.group(2)));
        }
        Matcher daysFirst = DAYS_FIRST.matcher(text);
        if (daysFirst.find()) {
            return hours(Double.parseDouble(daysFirst.group(2)) * Integer.parseInt(daysFirst.group(1)));
        }
        Matcher forDays = PER_DAY_FOR_DAYS.matcher(text);
        if (forDays.find()) {
            return hours(Double.parseDouble(forDays.group(1)) * Math.min(7, Integer.parseInt(forDays.group(2))));
        }
        Matcher perWeek = PER_WEEK.matcher(text);
        if (perWeek.find()) {
            return hours(Double.parseDouble(perWeek.group(1)));
        }
        if (ROUND_THE_CLOCK.matcher(text).find()) {
            return OptionalInt.of(24 * 7);
        }
        return OptionalInt.empty();
    }

    private static OptionalInt hours(double weekly) {
        return OptionalInt.of((int) Math.ceil(weekly));
    }
}
