package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that counts the visits given of a course authorized ("attended 8 of 12 authorized PT visits") tells of the
 * course given (MTUS Chronic Pain, Physical Medicine: the visits of the course given count against the guideline's
 * number), while a sentence of the visits authorized alone ("12 visits were authorized") is about the request or its
 * review and states no course.
 */
class VisitsGivenOfACourseAuthorizedTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PRIOR_PHYSICAL_THERAPY | Additional PT x 2, lumbar | Attended 8 of 12 authorized PT visits. | true
            PRIOR_PHYSICAL_THERAPY | Additional PT x 2, lumbar | Pt has attended eight of twelve certified PT visits. | true
            PRIOR_PHYSICAL_THERAPY | Additional physical therapy x 2 | She completed 6 of the 8 approved physical therapy sessions. | true
            PRIOR_PHYSICAL_THERAPY | Physical therapy x 12, lumbar | 12 visits of PT were authorized; she has not started yet. | false
            PRIOR_PHYSICAL_THERAPY | Physical therapy 2x6, lumbar | 12 PT visits authorized on 10/1/2016. | false
            PRIOR_PHYSICAL_THERAPY | Physical therapy x 6, lumbar | She has 4 of 12 authorized PT visits remaining. | false
            FUNCTIONAL_IMPROVEMENT | Additional PT x 2, lumbar | Completed 8 of 12 authorized PT sessions with improved lifting tolerance and return to modified work. | true
            FUNCTIONAL_IMPROVEMENT | Additional PT x 2, lumbar | Completed 8 of 12 authorized PT sessions without any change in pain or function. | false
            """)
    void aCountOfTheVisitsGivenOfACourseAuthorizedTellsOfTheCourseGiven(String factId, String item, String summary,
            boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
