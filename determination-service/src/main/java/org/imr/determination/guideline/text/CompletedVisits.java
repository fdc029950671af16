package org.imr.determination.guideline.text;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of visits of a course already given, as a sentence about the course counts them: "completed six sessions
 * of physical therapy", "has attended two PT visits", "after 8 visits of therapy", "physical therapy, 12 visits, was
 * completed", "physical therapy x 6", "physical therapy 2 times a week for 4 weeks" (8).
 */
public final class CompletedVisits {

    private static final Pattern COUNTED = Pattern.compile("\\b" + RequestedQuantity.NUMBER
            + "\\s+(?:[a-z/]+\\s+){0,3}?(?:sessions|visits|treatments)\\b");
    private static final Pattern TIMES = Pattern.compile(
            "\\b(?:therapy|pt|physiotherapy|chiropractic|acupuncture)(?:\\s+(?:treatments?|care|sessions|visits))?"
                    + "\\s*(?:x|times)\\s*(\\d{1,2})\\b");

    private CompletedVisits() {
    }

    /** The visits the sentence counts; empty when it counts none. */
    public static OptionalInt in(String sentence) {
        String text = sentence == null ? "" : sentence.toLowerCase(Locale.ROOT);
        RequestedQuantity frequency = RequestedQuantity.in(text);
        if (frequency.perWeek() != null && frequency.weeks() != null) {
            return OptionalInt.of(frequency.total());
        }
        for (Pattern pattern : new Pattern[] {COUNTED, TIMES}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                Integer visits = RequestedQuantity.number(matcher.group(1));
                if (visits != null) {
                    return OptionalInt.of(visits);
                }
            }
        }
        return OptionalInt.empty();
    }
}
