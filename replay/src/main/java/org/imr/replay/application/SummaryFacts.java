package org.imr.replay.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts an application states in fields that a letter states only in its clinical summary: age, sex, diagnoses. */
final class SummaryFacts {

    private static final Pattern AGE_AND_SEX = Pattern.compile(
            "(\\d{2})[- ]year[- ]old (male|female|man|woman)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIAGNOSES = Pattern.compile(
            "diagnos(?:es|is|ed)\\s+(?:included|include|includes|of|with|as|were|was|are|is)?:?\\s*([^.]+)\\.",
            Pattern.CASE_INSENSITIVE);

    private final String summary;

    SummaryFacts(String summary) {
        this.summary = summary == null ? "" : summary;
    }

    Optional<Integer> age() {
        Matcher matcher = AGE_AND_SEX.matcher(summary);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** "MALE", "FEMALE" or "UNKNOWN". */
    String sex() {
        Matcher matcher = AGE_AND_SEX.matcher(summary);
        if (!matcher.find()) {
            return "UNKNOWN";
        }
        String word = matcher.group(2).toLowerCase(Locale.ROOT);
        return word.equals("male") || word.equals("man") ? "MALE" : "FEMALE";
    }

    /** The diagnoses of the first sentence that lists them, else the placeholder. */
    List<String> diagnoses() {
        Matcher matcher = DIAGNOSES.matcher(summary);
        if (!matcher.find()) {
            return List.of(ReplayPlaceholders.DIAGNOSES_NOT_LISTED);
        }
        List<String> diagnoses = Arrays.stream(matcher.group(1).split(",|;|\\band\\b"))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .toList();
        return diagnoses.isEmpty() ? List.of(ReplayPlaceholders.DIAGNOSES_NOT_LISTED) : diagnoses;
    }
}
