package org.imr.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A period of the IMR process as its source states it.
 *
 * @param length how many units
 * @param unit hours, days or working days
 * @param source the statute or regulation it comes from ("Labor Code 4610.6(d)"), or why it is not statutory
 */
public record Period(@Positive int length, @NotNull PeriodUnit unit, @NotBlank String source) {

    /** As a notice prints it: "30 days", "5 working days", "24 hours". */
    public String words() {
        return unit.words(length);
    }
}
