package org.imr.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CaseNumberFormatTest {

    @Test
    void isTheYearReceivedAndTheOffsetPlusOneInSevenDigits() {
        assertThat(CaseNumberFormat.of(LocalDate.of(2015, 6, 19), 123_455)).isEqualTo("CM15-0123456");
        assertThat(CaseNumberFormat.of(LocalDate.of(2016, 1, 2), 0)).isEqualTo("CM16-0000001");
        assertThat(CaseNumberFormat.of(LocalDate.of(2100, 1, 2), 9_999_998)).isEqualTo("CM00-9999999");
    }

    @Test
    void refusesAnOffsetBeyondSevenDigits() {
        assertThatIllegalStateException().isThrownBy(() -> CaseNumberFormat.of(LocalDate.of(2016, 1, 2), 9_999_999));
        assertThatIllegalStateException().isThrownBy(() -> CaseNumberFormat.of(LocalDate.of(2016, 1, 2), -1));
    }
}
