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

    /**
     * The visits given of those a course was authorized for, after a word of a course given: "attended 8 of 12
     * authorized PT visits", "completed six of the twelve approved sessions"; the group {@code size} the words of the
     * course authorized ("of 12 authorized"), which say how large the course was, not that the sentence is about a
     * request or its review.
     */
    private static final Pattern GIVEN_OF_THE_COURSE_AUTHORIZED = Pattern.compile(
            "\\b(?:completed|had|done|attended|underwent|received|finished|used|participated in)\\s+(?:only\\s+)?"
                    + RequestedQuantity.NUMBER + "\\s+(?<size>(?:out\\s+)?of\\s+(?:the\\s+|his\\s+|her\\s+)?"
                    + RequestedQuantity.NUMBER + "\\s+(?:authori[sz]ed|approved|certified))\\b",
            Pattern.CASE_INSENSITIVE);

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

    /**
     * The sentence with the words that size a course authorized, after the visits given of it, blanked to spaces of the
     * same length ("attended 8 of 12 authorized PT visits" read as "attended 8 PT visits"): a sentence that counts the
     * visits given tells of the course given, not of the request or its review; the sentence itself when it has none.
     */
    public static String withoutTheCourseAuthorized(String sentence) {
        if (sentence == null) {
            return null;
        }
        Matcher matcher = GIVEN_OF_THE_COURSE_AUTHORIZED.matcher(sentence);
        if (!matcher.find()) {
            return sentence;
        }
        StringBuilder blanked = new StringBuilder(sentence);
        do {
            for (int at = matcher.start("size"); at < matcher.end("size"); at++) {
                blanked.setCharAt(at, ' ');
            }
        } while (matcher.find());
        return blanked.toString();
    }

    /** Whether the count, or the few chars before it, names visits still to be given rather than given. */
    private static boolean stillToGive(String text, Matcher count) {
        String before = text.substring(Math.max(0, count.start() - WORDS_BEFORE_A_COUNT), count.start());
        String lastWords = before.contains(",") || before.contains(";")
                ? before.substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1) : before;
        return STILL_TO_GIVE.matcher(count.group()).find() || STILL_TO_GIVE.matcher(lastWords).find();
    }
}
