package org.imr.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class WordWrapperTest {

    private final WordWrapper wrapper = new WordWrapper(30);

    @Test
    void breaksBetweenWordsSoThatNoLineIsLongerThanTheWidth() {
        String wrapped = wrapper.wrap("The current request is for 8 sessions of occupational therapy, bilateral wrists.");

        assertThat(wrapped).isEqualTo("""
                The current request is for 8
                sessions of occupational
                therapy, bilateral wrists.""");
    }

    @Test
    void fillsALineToExactlyTheWidth() {
        assertThat(wrapper.wrap("abcdefghij abcdefghij abcdefgh abc")).isEqualTo("abcdefghij abcdefghij abcdefgh\nabc");
    }

    @Test
    void keepsParagraphsAndJoinsTheLinesWithinThem() {
        String wrapped = wrapper.wrap("  First   paragraph\nstill first.\r\n \r\n\n\nSecond paragraph.  ");

        assertThat(wrapped).isEqualTo("First paragraph still first.\n\nSecond paragraph.");
    }

    @Test
    void cutsAWordLongerThanTheWidth() {
        String url = "http://www.example.org/differences-between-inpatient-rehabilitation";

        assertThat(wrapper.wrap("See " + url).lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(30))
                .hasSize(4);
        assertThat(wrapper.wrap("See " + url).replace("\n", "")).isEqualTo("See" + url);
    }

    @Test
    void wrapsNothingToNothing() {
        assertThat(wrapper.wrap(null)).isEmpty();
        assertThat(wrapper.wrap(" \n ")).isEmpty();
    }

    @Test
    void refusesAnUnreasonablyNarrowWidth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WordWrapper(5));
    }
}
