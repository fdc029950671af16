package org.imr.determination.guideline.text;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of use an item description requests, as rentals and stays are written: "7 days", "for one week", "14 day
 * rental", "x 2 weeks". Of a request the UR decision modified, only the remaining IMR eligible portion counts.
 */
public final class RequestedDays {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("fourteen", 14), Map.entry("thirty", 30), Map.entry("a", 1));
    private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|a)";
    private static final Pattern DAYS = Pattern.compile(
            "(?:\\b|(?<=x))" + NUMBER + "[\\s-]*(day|days|week|weeks|wk|wks|month|months)\\b");

    private RequestedDays() {
    }

    /** The days requested, a week counting 7 and a month 30; empty when the description states no duration. */
    public static OptionalInt in(String description) {
        Matcher days = DAYS.matcher(RequestedQuantity.remainingPortion(description));
        if (!days.find()) {
            return OptionalInt.empty();
        }
        String count = days.group(1);
        int number = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : WORDS.get(count);
        String unit = days.group(2);
        int perUnit = unit.startsWith("w") ? 7 : unit.startsWith("m") ? 30 : 1;
        return OptionalInt.of(number * perUnit);
    }
}
