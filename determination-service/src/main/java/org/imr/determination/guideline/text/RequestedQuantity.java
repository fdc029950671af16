package org.imr.determination.guideline.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amount an item description requests, as requests are written: "2 x 4", "3 times a week for 2 weeks", "two
 * times a week times six weeks", "2-3 times a week for 6 weeks" (the upper bound), "2x/wk x 3 wks", "twice weekly for
 * three weeks", "#60", "x12", "times 12", "six
 * sessions", "12 visits", "monthly for 6 months" (one a month: 6), "8 trigger point injections" (a count written before
 * "injections" on its own, not the lower level of a segment: "L4-5 injections" is no count). Of a request the UR
 * decision modified, only the remaining IMR eligible portion counts.
 *
 * @param perWeek  visits per week, or null
 * @param weeks    weeks, or null
 * @param quantity visits, units or pills when stated as a count, or null
 */
public record RequestedQuantity(Integer perWeek, Integer weeks, Integer quantity) {

    /** A count in digits or words, as a capturing group. */
    static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fourteen|sixteen|eighteen|twenty|twenty-four)";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("sixteen", 16),
            Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("twenty-four", 24));
    private static final int MOST_DIGITS = 6;
    private static final Pattern REMAINING = Pattern.compile(
            "remaining IMR eligible portion of the original request,\\s*(.*)", Pattern.CASE_INSENSITIVE);
    /** A frequency said in one word: "twice weekly", "once a week". */
    private static final Map<String, Integer> TIMES_IN_A_WORD = Map.of("once", 1, "twice", 2, "thrice", 3);
    /**
     * Visits a week (the upper bound of a range, or a word such as "twice"), then weeks: "2-3 times a week for 6 weeks",
     * "2x/wk x 3 wks", "twice weekly for three weeks", "once a week for six weeks".
     */
    private static final Pattern FREQUENCY_DURATION = Pattern.compile("(?:(?:" + NUMBER + "\\s*-\\s*)?(?<perWeek>"
            + NUMBER + ")\\s*(?:x|times|time)|\\b(?<perWeekInAWord>once|twice|thrice))"
            + "\\s*(?:/\\s*|a |per |each )?(?:week(?:ly)?|wk)?\\s*(?:for|over|times|x)?\\s*(?<weeks>" + NUMBER
            + ")\\s*(?:weeks|week|wks|wk)\\b");
    private static final Pattern SHORT_FREQUENCY_DURATION = Pattern.compile(
            "(?<![\\d/.])(\\d)\\s*x\\s*(\\d{1,2})(?![\\d/])");
    private static final Pattern COUNT = Pattern.compile("(?:#\\s*(\\d+)|\\bx\\s*(\\d+)\\b|\\btimes\\s+(\\d+)\\b|\\b"
            + NUMBER + "\\s*(?:\\(\\d+\\)\\s*)?(?:additional\\s+)?(?:\\w+\\s+){0,2}?(?:sessions|visits|treatments)\\b"
            + "|(?<![-/.\\w])" + NUMBER + "\\s+(?:\\w+\\s+){0,2}?injections\\b)");

    private static final Pattern MONTHLY = Pattern.compile("(?:\\bmonthly\\b|\\bonce a month\\b|\\bevery month\\b)"
            + "[^,;.#]{0,40}?\\b(?:for|x|times)\\s*" + NUMBER + "\\s*months?\\b");

    public static RequestedQuantity in(String description) {
        String text = remainingPortion(description);
        Matcher frequency = FREQUENCY_DURATION.matcher(text);
        if (frequency.find()) {
            Integer perWeek = frequency.group("perWeek") != null ? number(frequency.group("perWeek"))
                    : TIMES_IN_A_WORD.get(frequency.group("perWeekInAWord"));
            return new RequestedQuantity(perWeek, number(frequency.group("weeks")), null);
        }
        Matcher shortForm = SHORT_FREQUENCY_DURATION.matcher(text);
        if (shortForm.find()) {
            return new RequestedQuantity(number(shortForm.group(1)), number(shortForm.group(2)), null);
        }
        Matcher monthly = MONTHLY.matcher(text);
        if (monthly.find()) {
            return new RequestedQuantity(null, null, number(monthly.group(1)));
        }
        Matcher count = COUNT.matcher(text);
        if (count.find()) {
            for (int group = 1; group <= 5; group++) {
                if (count.group(group) != null) {
                    return new RequestedQuantity(null, null, number(count.group(group)));
                }
            }
        }
        return new RequestedQuantity(null, null, null);
    }

    /**
     * The amount of the whole course a modified request belongs to: the original request, whose certified part
     * counts against a guideline limit as much as the remaining portion does. Unmodified requests as {@link #in}.
     */
    public static RequestedQuantity wholeCourse(String description) {
        String text = description == null ? "" : description;
        int original = text.toLowerCase(Locale.ROOT).indexOf("was the original request");
        return original > 0 ? in(text.substring(0, original)) : in(text);
    }

    /** The description in lower case; of a request the UR decision modified, the remaining IMR eligible portion. */
    static String remainingPortion(String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        Matcher remaining = REMAINING.matcher(text);
        return remaining.find() ? remaining.group(1) : text;
    }

    /** Visits or units in all: frequency times weeks, else the count; null when the request states neither. */
    public Integer total() {
        if (perWeek != null && weeks != null) {
            return perWeek * weeks;
        }
        return quantity;
    }

    /** The value of a {@link #NUMBER}; null for one of more digits than a count has. */
    static Integer number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() <= MOST_DIGITS ? Integer.valueOf(text) : null;
        }
        return WORDS.get(text);
    }
}
