package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The units of a measure as each reading of a measure's change reads them (8 CCR 9792.20(f): functional improvement,
 * "walking 10 min -> 30 min", "sitting 1 hr vs 15 min before", "sitting tolerance from 20 to 45 min"): for every word
 * that a note may write after a figure, which of the readings take it for a unit.
 */
class MeasureUnitsTest {

    /** The words tried as units: the units' forms and words that are no unit of a measure. */
    private static final List<String> WORDS = List.of("hrs", "hr", "hours", "hour", "mins", "min", "minutes",
            "minute", "ft", "feet", "blocks", "block", "lbs", "lb", "pounds", "miles", "mile", "degrees", "deg",
            "yards", "meters", "tabs", "tablets", "pills", "tab", "percent", "%", "mg", "days", "reps", "inches", "sec");

    /** The forms a figure's change written with an arrow, or compared with the measure before, reads as units. */
    private static final List<String> WRITTEN_WITH_FIGURES = List.of("hrs", "hr", "hours", "hour", "mins", "min",
            "minutes", "ft", "feet", "blocks", "block", "lbs", "lb", "pounds", "miles", "mile", "degrees", "deg", "tabs",
            "tablets", "pills");

    @Test
    void aChangeWrittenWithAnArrowCarriesItsUnitBetween() {
        assertThat(wordsWhere("walking 10 {u} -> 30", "increased")).containsExactlyElementsOf(WRITTEN_WITH_FIGURES);
        assertThat(NormalizedText.of("walking 10 hrs -> 30").words()).containsExactly("walking", "10", "hours",
                "increased", "up", "to", "30");
        assertThat(NormalizedText.of("walking 10 yards -> 30").words()).containsExactly("walking", "10", "yards",
                "30");
    }

    @Test
    void aMeasureComparedWithTheMeasureBeforeCarriesItsUnit() {
        assertThat(wordsWhere("walked 10 {u} vs 5 {u} before", "increased"))
                .containsExactlyElementsOf(WRITTEN_WITH_FIGURES);
        // the measure before a "was" may have no unit: its unit is read only when it is one
        assertThat(wordsWhere("walked 2 {u} now, was 5 {u}", "decreased")).containsExactlyElementsOf(WORDS);
        assertThat(wordsWhere("sat 2 hr now, was 90 {u}", "increased")).containsExactly("mins", "min", "minutes");
    }

    /** "sat 2 hrs vs 90 min before" is longer: a time in other units is compared in minutes. */
    @Test
    void aTimeComparedInOtherUnitsIsComparedInMinutes() {
        assertThat(wordsWhere("sat 2 {u} vs 90 min before", "increased")).containsExactly("hrs", "hr", "hours",
                "hour");
        assertThat(wordsWhere("sat 2 hr vs 90 {u} before", "increased")).containsExactly("mins", "min", "minutes");
        assertThat(wordsWhere("sat 2 {u} vs 90 min before", "decreased")).doesNotContain("hrs", "hr", "hours", "hour")
                .contains("mins", "minute", "ft", "yards", "tabs", "percent", "mg");
    }

    @Test
    void aChangeWrittenInWordsCarriesItsUnitBeforeTheTo() {
        assertThat(wordsWhere("tolerance from 20 {u} to 45", "increased")).containsExactly("hrs", "hr", "hours",
                "hour", "mins", "min", "minutes", "minute", "ft", "feet", "blocks", "block", "lbs", "lb", "pounds",
                "miles", "mile", "degrees", "deg", "yards", "meters", "percent", "%");
        // a count of tablets is read as a count: "up to", not a measure's "increased up to"
        assertThat(wordsWhere("tolerance from 20 {u} to 45", "up")).containsExactly("hrs", "hr", "hours", "hour",
                "mins", "min", "minutes", "minute", "ft", "feet", "blocks", "block", "lbs", "lb", "pounds", "miles",
                "mile", "degrees", "deg", "yards", "meters", "tabs", "tablets", "pills", "tab", "percent", "%");
    }

    @Test
    void aChangeWrittenInWordsCarriesItsUnitAfterTheTo() {
        assertThat(wordsWhere("tolerance from 20 to 45 {u}", "increased")).containsExactly("hrs", "hr", "hours",
                "hour", "mins", "min", "minutes", "minute", "ft", "feet", "blocks", "block", "lbs", "lb", "pounds",
                "miles", "mile", "degrees", "deg", "yards", "meters", "tabs", "tablets", "pills", "percent", "%");
        // in percent, with no name of a measure nor a word saying it changed
        assertThat(wordsWhere("ODI from 44 to 26 {u}", "down")).containsExactly("percent", "%");
        assertThat(wordsWhere("ODI from 44 {u} to 26", "down")).containsExactly("tabs", "tablets", "pills", "tab",
                "percent", "%");
    }

    /** The words of {@link #WORDS} whose reading in the text, {@code {u}} standing for the word, has the word read. */
    private static List<String> wordsWhere(String text, String read) {
        return WORDS.stream().filter(word -> NormalizedText.of(text.replace("{u}", word)).words().contains(read))
                .toList();
    }
}
