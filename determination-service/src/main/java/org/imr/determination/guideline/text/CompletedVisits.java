package org.imr.determination.guideline.text;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of visits of a course already given, as a sentence about the course counts them: "completed six sessions
 * of physical therapy", "has attended two PT visits", "after 8 visits of therapy", "physical therapy, 12 visits, was
 * completed", "physical therapy x 6", "completed 6 PT", "physical therapy 2 times a week for 4 weeks" (8).
 */
public final class CompletedVisits {

    /**
     * The visits given of those the course has, the first of two counts: "has attended 8 of 12 visits", "completed six
     * of the twelve acupuncture sessions" (8 and 6 given, not 12).
     */
    private static final Pattern GIVEN_OF_THE_COURSE = Pattern.compile("\\b" + RequestedQuantity.NUMBER
            + "\\s+(?:out\\s+)?of\\s+(?:the\\s+|his\\s+|her\\s+)?" + RequestedQuantity.NUMBER
            + "\\s+(?:[a-z/]+\\s+){0,3}?(?:sessions|visits|treatments)\\b");
    private static final Pattern COUNTED = Pattern.compile("\\b" + RequestedQuantity.NUMBER
            + "\\s+(?:[a-z/]+\\s+){0,3}?(?:sessions|visits|treatments)\\b");
    /**
     * A count the course's own abbreviation or name follows, after a word of a course given, which notes write for its
     * visits: "completed 6 PT", "s/p 6 OT", "after 6 chiro" (not "recommend 6 PT").
     */
    private static final Pattern BEFORE_THE_COURSE = Pattern.compile(
            "\\b(?:completed|had|has had|attended|underwent|received|finished|after|s/p)\\s+" + RequestedQuantity.NUMBER
                    + "\\s+(?:pt|ot|chiro|chiropractic|acupuncture|physical therapy|occupational therapy)\\b");
    private static final Pattern TIMES = Pattern.compile(
            "\\b(?:therapy|pt|ot|physiotherapy|chiropractic|chiro|acupuncture)"
                    + "(?:\\s+(?:treatments?|care|sessions|visits))?\\s*(?:x|times)\\s*(\\d{1,2})\\b");

    /** Words that make a count of visits one still to be given: "6 more visits", "an additional 6 sessions". */
    private static final Pattern STILL_TO_GIVE = Pattern.compile(
            "\\b(?:more|additional|further|another|remaining|requested|continued)\\b");
    private static final int WORDS_BEFORE_A_COUNT = 24;

    private CompletedVisits() {
    }

    /** The visits the sentence counts; empty when it counts none. */
    public static OptionalInt in(String sentence) {
        String text = sentence == null ? "" : sentence.toLowerCase(Locale.ROOT);
        RequestedQuantity frequency = RequestedQuantity.in(text);
        if (frequency.perWeek() != null && frequency.weeks() != null) {
            return OptionalInt.of(frequency.total());
        }
        for (Pattern pattern : new Pattern[] {GIVEN_OF_THE_COURSE, COUNTED, TIMES, BEFORE_THE_COURSE}) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                Integer visits = RequestedQuantity.number(matcher.group(1));
                if (visits != null && !stillToGive(text, matcher)) {
                    return OptionalInt.of(visits);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the count, or the few chars before it, names visits still to be given rather than given. */
    private static boolean stillToGive(String text, Matcher count) {
        String before = text.substring(Math.max(0, count.start() - WORDS_BEFORE_A_COUNT), count.start());
        String lastWords = before.contains(",") || before.contains(";")
                ? before.substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1) : before;
        return STILL_TO_GIVE.matcher(count.group()).find() || STILL_TO_GIVE.matcher(lastWords).find();
    }
}
