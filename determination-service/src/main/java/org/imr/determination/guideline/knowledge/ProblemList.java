package org.imr.determination.guideline.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the problems of a knowledge base, each prefixed with the path of the offending element. */
final class ProblemList {

    private static final Pattern HAS_WORD_CHARACTER = Pattern.compile(".*[A-Za-z0-9].*");

    private final List<String> problems = new ArrayList<>();

    void add(String path, String message) {
        problems.add(path + " " + message);
    }

    /** True when the value is present and not blank; otherwise records a problem. */
    boolean requireText(String path, String value) {
        if (value == null || value.isBlank()) {
            add(path, "is missing or blank");
            return false;
        }
        return true;
    }

    void requirePositive(String path, int value) {
        if (value <= 0) {
            add(path, "must be a positive number, was " + value);
        }
    }

    /** True when the value is present; otherwise records a problem. */
    boolean requirePresent(String path, Object value) {
        if (value == null) {
            add(path, "is missing");
            return false;
        }
        return true;
    }

    /** Records a problem for an empty list and for every null element. */
    void requireElements(String path, List<?> values) {
        if (values.isEmpty()) {
            add(path, "must list at least one entry");
        }
        for (int index = 0; index < values.size(); index++) {
            requirePresent(path + "[" + index + "]", values.get(index));
        }
    }

    /** Words and phrases must hold at least one letter or digit to be matched against case text. */
    void requireWords(String path, List<String> words) {
        requireElements(path, words);
        for (int index = 0; index < words.size(); index++) {
            String word = words.get(index);
            if (word != null && !HAS_WORD_CHARACTER.matcher(word).matches()) {
                add(path + "[" + index + "]", "must contain a letter or digit, was \"" + word + "\"");
            }
        }
    }

    List<String> toList() {
        return List.copyOf(problems);
    }
}
