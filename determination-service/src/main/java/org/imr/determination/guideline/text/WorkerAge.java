package org.imr.determination.guideline.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worker's age as a summary states it: "a 67-year-old male", "67 year old", "67 yo", "67 y/o", "aged 67",
 * "age: 67".
 *
 * @param years the age in years
 * @param words where the text states it
 */
public record WorkerAge(int years, CharSpan words) {

    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,3})[- ]?(?:years?|yrs?|y)[- ]?(?:of age|old|/o|o)\\b|\\bage[sd]?:?\\s+(\\d{1,3})\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first age the text states, if any. */
    public static Optional<WorkerAge> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher age = AGE.matcher(text);
        if (!age.find()) {
            return Optional.empty();
        }
        int group = age.group(1) != null ? 1 : 2;
        return Optional.of(new WorkerAge(Integer.parseInt(age.group(group)), new CharSpan(age.start(), age.end())));
    }
}
