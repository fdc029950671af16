package org.imr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void invisibleCharactersAreRemoved() {
        assertThat(TextInput.normalise("Ma\u200Bria\u200D Lo\u200Epez\u202E\uFEFF\u00AD\u2066")).isEqualTo("Maria Lopez");
        assertThat(TextInput.normalise("Ana\uDB40\uDC41")).isEqualTo("Ana");
    }

    @Test
    void compatibilityFormsAreFoldedExceptInFreeText() {
        assertThat(TextInput.normalise("\uFF2A\uFF4F\uFF45\u00A0\uFB01sher")).isEqualTo("Joe fisher");
        assertThat(TextInput.normalise("WBC 10\u2079/L", TextInput.Form.FREE_TEXT)).isEqualTo("WBC 10\u2079/L");
        assertThat(TextInput.normalise("Jose\u0301", TextInput.Form.FREE_TEXT)).isEqualTo("Jos\u00E9");
    }

    @Test
    void lineSeparatorsBecomeLineFeedsAndTabsAndLineBreaksStay() {
        assertThat(TextInput.normalise("a\u2028b\u2029c\td\r\ne", TextInput.Form.FREE_TEXT)).isEqualTo("a\nb\nc\td\r\ne");
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreRefusedWithoutQuotingTheText() {
        assertThatThrownBy(() -> TextInput.normalise("secret\u0000name")).isInstanceOf(TextInput.InvalidTextException.class)
                .hasMessage("contains a control character");
        assertThatThrownBy(() -> TextInput.normalise("secret\u0085")).hasMessage("contains a control character");
        assertThatThrownBy(() -> TextInput.normalise("secret\uD800")).hasMessageContaining("not valid Unicode");
        assertThat(TextInput.normalise("\uD83D\uDE00 \uD835\uDD38")).isEqualTo("\uD83D\uDE00 A");
    }

    @Test
    void textsCompareWithoutCaseSpacingInvisiblesOrCompatibilityForms() {
        assertThat(TextInput.comparable("  MARIA \u200B  L\u00D3PEZ\u00A0 ")).isEqualTo(TextInput.comparable("maria l\u00F3pez"));
        assertThat(TextInput.comparable("Stra\u00DFe")).isEqualTo(TextInput.comparable("STRASSE"));
        assertThat(TextInput.comparable("a\u0000b\uD800c")).isEqualTo("a b c");
        assertThat(TextInput.comparable(null)).isEmpty();
    }
}
