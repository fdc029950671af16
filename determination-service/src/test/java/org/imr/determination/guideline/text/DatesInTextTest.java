package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesInTextTest {

    @Test
    void readsNumericAndWordedDatesWhereTheTextStatesThem() {
        String text = "Surgery on 10/22/2016, seen 1-9-17 and on Nov. 3rd, 2016; PR2 dated 11-15- 2016.";

        assertThat(DatesInText.in(text)).extracting(DatesInText.StatedDate::date).containsExactly(
                LocalDate.of(2016, 10, 22), LocalDate.of(2017, 1, 9), LocalDate.of(2016, 11, 3),
                LocalDate.of(2016, 11, 15));
        assertThat(DatesInText.in(text).get(0).span()).isEqualTo(new CharSpan(11, 21));
    }

    @Test
    void aYearStatedAloneIsReadAsItsLastDayBesideTheDates() {
        String text = "Injured in 2012, a fusion on 3/2/2015, no surgery since 2016; Norco 2014 mg is no year.";

        assertThat(DatesInText.inWithYears(text)).extracting(DatesInText.StatedDate::date).containsExactly(
                LocalDate.of(2012, 12, 31), LocalDate.of(2015, 3, 2), LocalDate.of(2016, 12, 31));
        assertThat(DatesInText.in(text)).hasSize(1);
    }

    @Test
    void aMonthStatedWithItsYearIsReadAsItsLastDay() {
        String text = "s/p R knee scope w/ PMM 3/2016; ESI in Oct. 2015; UDS 12/1/2016; BP 120/80; seen March 2014.";

        assertThat(DatesInText.inWithYears(text)).extracting(DatesInText.StatedDate::date).containsExactly(
                LocalDate.of(2016, 3, 31), LocalDate.of(2015, 10, 31), LocalDate.of(2016, 12, 1),
                LocalDate.of(2014, 3, 31));
        assertThat(DatesInText.inWithYears("Norco 10/325, 13/2016 is no month")).isEmpty();
    }

    /**
     * What is done monthly or at every visit was done within the last month; a count of times in the last year was done,
     * for the last of them, about 360/N days back ("4 UDTs this year": 90 days); a count of one, or of no year, is no date.
     */
    @Test
    void aFrequencyOrACountOfTimesInTheYearIsCountedBackFromTheVisit() {
        LocalDate visit = LocalDate.of(2017, 1, 9);
        assertThat(DatesInText.in("UDS monthly, all consistent.", visit)).extracting(DatesInText.StatedDate::date)
                .containsExactly(visit.minusMonths(1));
        assertThat(DatesInText.in("urine drug testing at every visit", visit)).hasSize(1);
        assertThat(DatesInText.in("4 UDTs this year, all consistent.", visit)).extracting(DatesInText.StatedDate::date)
                .containsExactly(visit.minusDays(90));
        assertThat(DatesInText.in("Two urine drug screens in the past year.", visit))
                .extracting(DatesInText.StatedDate::date).containsExactly(visit.minusDays(180));
        assertThat(DatesInText.in("1 UDS this year; Norco 4 tabs a day; 3 visits of PT", visit)).isEmpty();
    }

    @Test
    void aTimeStatedBackFromTheVisitIsCountedBackFromIt() {
        LocalDate visit = LocalDate.of(2017, 1, 9);
        String text = "s/p knee scope 3 wks ago, seen two months earlier, 6 weeks post-op; fell last month and yesterday.";

        assertThat(DatesInText.in(text, visit)).extracting(DatesInText.StatedDate::date).containsExactly(
                LocalDate.of(2016, 12, 19), LocalDate.of(2016, 11, 9), LocalDate.of(2016, 11, 28),
                LocalDate.of(2016, 12, 9), LocalDate.of(2017, 1, 8));
        assertThat(DatesInText.in(text)).isEmpty();
        assertThat(DatesInText.in("two weeks after surgery in 2012 he fell", visit)).isEmpty();
        assertThat(DatesInText.inWithYears("injured in 2012, a week ago fell again", visit))
                .extracting(DatesInText.StatedDate::date)
                .containsExactly(LocalDate.of(2012, 12, 31), LocalDate.of(2017, 1, 2));
    }

    /** "6 weeks status post ORIF" and "she is four weeks after surgery" date the surgery; "two weeks after" alone not. */
    @Test
    void aTimeTheWorkerIsAtAfterAnEventDatesTheEvent() {
        LocalDate visit = LocalDate.of(2017, 1, 9);

        assertThat(DatesInText.in("Six weeks status post ORIF; 3 wks s/p release.", visit))
                .extracting(DatesInText.StatedDate::date)
                .containsExactly(LocalDate.of(2016, 11, 28), LocalDate.of(2016, 12, 19));
        assertThat(DatesInText.in("She is four weeks after open reduction; he is now 2 months out from surgery.", visit))
                .extracting(DatesInText.StatedDate::date)
                .containsExactly(LocalDate.of(2016, 12, 12), LocalDate.of(2016, 11, 9));
        assertThat(DatesInText.in("Off work for four weeks after the fusion in 2012.", visit)).isEmpty();
    }

    @Test
    void aCountOfMoreDigitsThanATimeHasIsNoTimeStatedBack() {
        assertThat(DatesInText.in("seen 12345678901 days ago; twenty-four months ago", LocalDate.of(2017, 1, 9)))
                .extracting(DatesInText.StatedDate::date).containsExactly(LocalDate.of(2015, 1, 9));
    }

    /** A month with a two-digit year, "11/16", read as its last day; a ratio or a dosage written like it is no month. */
    @Test
    void aMonthWithATwoDigitYearIsReadAsItsLastDay() {
        assertThat(DatesInText.monthsWithTwoDigitYears("Last UDT 11/16; UDS (09/16) ok"))
                .extracting(DatesInText.StatedDate::date)
                .containsExactly(LocalDate.of(2016, 11, 30), LocalDate.of(2016, 9, 30));
        assertThat(DatesInText.monthsWithTwoDigitYears("UDS 11/16/2016, Norco 10/325, 13/16, 1/2.5, 5/5/16, 11/16:30"))
                .isEmpty();
    }

    @Test
    void numbersThatAreNoCalendarDateAreNotDates() {
        assertThat(DatesInText.in("Norco 10/325 #60, pain 8/10, strength 4/5, 13/45/2016")).isEmpty();
    }
}
