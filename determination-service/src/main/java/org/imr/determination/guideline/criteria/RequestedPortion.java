package org.imr.determination.guideline.criteria;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a request the review decides: all of it, or of a request the UR decision modified, the remaining IMR
 * eligible portion ("The remaining IMR eligible portion of the original request, Norco 10/325mg #35 is").
 */
final class RequestedPortion {

    private static final Pattern REMAINING = Pattern.compile(
            "remaining IMR eligible portion of the original request,\\s*(.*?)(?:\\s+is)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile(
            "The original request,\\s*(.*?)(?:\\s+is)?\\s*$", Pattern.CASE_INSENSITIVE);

    private RequestedPortion() {
    }

    static String of(String description) {
        for (Pattern pattern : new Pattern[] {REMAINING, ORIGINAL}) {
            Matcher matcher = pattern.matcher(description);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return description;
    }
}
