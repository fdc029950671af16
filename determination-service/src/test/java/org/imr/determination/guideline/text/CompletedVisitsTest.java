package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The visits of a course already given, counted however a summary words the count: in digits or words, before or after
 * the kind of therapy, as sessions, visits or treatments, or as "x N" and a frequency for a number of weeks. The
 * sentences are generated from templates and counts, not listed one by one.
 */
class CompletedVisitsTest {

    private static final Map<String, Integer> COUNTS = Map.of("2", 2, "two", 2, "6", 6, "six", 6, "12", 12,
            "twelve", 12, "eight", 8);

    private static final List<String> COUNTED = List.of(
            "She has completed %s sessions of physical therapy.",
            "She has attended %s physical therapy visits.",
            "After %s visits of physical therapy her pain decreased.",
            "%s sessions of physical therapy have been completed.",
            "Physical therapy, %s visits, was completed in October.",
            "He had %s PT sessions to date.",
            "He completed %s of %s visits of physical therapy.",
            "He has had chiropractic treatment x %s.",
            "She underwent %s acupuncture treatments.");

    @Test
    void countsTheVisitsHoweverTheSentenceWordsThem() {
        for (Map.Entry<String, Integer> count : COUNTS.entrySet()) {
            for (String template : COUNTED) {
                String sentence = template.replace("%s", count.getKey());
                if (template.contains("x %s") && !count.getKey().chars().allMatch(Character::isDigit)) {
                    continue;
                }

                assertThat(CompletedVisits.in(sentence)).as(sentence).hasValue(count.getValue());
            }
        }
    }

    @Test
    void aCountBeforeTheCoursesAbbreviationAfterAWordOfACourseGivenIsItsVisits() {
        assertThat(CompletedVisits.in("Completed 6 PT, cervical rotation 40->70 deg.")).hasValue(6);
        assertThat(CompletedVisits.in("s/p 8 OT visits, grip 20 -> 45 lbs.")).hasValue(8);
        assertThat(CompletedVisits.in("After six chiro, ODI 40 -> 22.")).hasValue(6);
        assertThat(CompletedVisits.in("Recommend 6 PT for the neck.")).isEmpty();
    }

    /** Of two counts, the visits given and those the course has, the first is given: "attended 8 of 12 visits". */
    @Test
    void ofTwoCountsTheFirstIsTheVisitsGiven() {
        assertThat(CompletedVisits.in("She has attended 8 of 12 physical therapy visits.")).hasValue(8);
        assertThat(CompletedVisits.in("Completed six of the twelve acupuncture sessions.")).hasValue(6);
        assertThat(CompletedVisits.in("Pt has done 4 out of 6 chiropractic treatments.")).hasValue(4);
        assertThat(CompletedVisits.in("Completed 12 PT visits.")).hasValue(12);
    }

    /**
     * The words that size a course authorized, after the visits given of it, are blanked, the count given kept: such a
     * sentence tells of the course given, not of a request or its review; a count still to be given, or one without a
     * word of a course given, keeps them.
     */
    @Test
    void theSizeOfACourseAuthorizedAfterTheVisitsGivenIsBlanked() {
        assertThat(CompletedVisits.withoutTheCourseAuthorized("Attended 8 of 12 authorized PT visits."))
                .isEqualTo("Attended 8 " + " ".repeat("of 12 authorized".length()) + " PT visits.");
        assertThat(CompletedVisits.withoutTheCourseAuthorized("Completed six of the twelve approved sessions."))
                .isEqualTo("Completed six " + " ".repeat("of the twelve approved".length()) + " sessions.");
        assertThat(CompletedVisits.withoutTheCourseAuthorized("Pt has done 4 out of 6 certified chiro visits."))
                .isEqualTo("Pt has done 4 " + " ".repeat("out of 6 certified".length()) + " chiro visits.");
        assertThat(CompletedVisits.in(CompletedVisits.withoutTheCourseAuthorized(
                "She attended 8 of 12 authorised physical therapy visits."))).hasValue(8);
        for (String unchanged : List.of("12 visits of PT were authorized.", "She has 4 of 12 authorized visits remaining.",
                "8 of 12 authorized visits were used.", "Attended 8 of 12 PT visits.")) {
            assertThat(CompletedVisits.withoutTheCourseAuthorized(unchanged)).isEqualTo(unchanged);
        }
    }

    @Test
    void aCountAfterTheCoursesAbbreviationAndXIsItsVisits() {
        assertThat(CompletedVisits.in("OT x 6 in 2016 helped.")).hasValue(6);
        assertThat(CompletedVisits.in("Chiro x8, no lasting benefit.")).hasValue(8);
    }

    @Test
    void countsAFrequencyForANumberOfWeeks() {
        assertThat(CompletedVisits.in("She attended physical therapy 2 times a week for 4 weeks.")).hasValue(8);
    }

    @Test
    void aSentenceThatCountsNoVisitsHasNone() {
        assertThat(CompletedVisits.in("Treatment has included physical therapy (number of sessions not found)."))
                .isEmpty();
        assertThat(CompletedVisits.in("She has been in physical therapy for 6 weeks.")).isEmpty();
        assertThat(CompletedVisits.in("She takes Norco #60 and attends physical therapy.")).isEmpty();
    }

    @Test
    void visitsStillToBeGivenAreNotCompleted() {
        assertThat(CompletedVisits.in("Prior PT helped; a recent flare; 6 more visits for the flare.")).isEmpty();
        assertThat(CompletedVisits.in("Prior PT helped significantly and he now walks without a cane; a recent flare after a twist at work; 6 more visits for the flare.")).isEmpty();
        assertThat(CompletedVisits.in("PT helped, and an additional 6 sessions are planned.")).isEmpty();
        assertThat(CompletedVisits.in("He completed 8 PT visits; 4 more visits are requested.")).hasValue(8);
    }
}
