package org.imr.assignment.domain;

import java.time.LocalDate;

/** An unrestricted licence to practise in one US state, valid up to and including its expiry date (none: no expiry). */
public record Licence(String state, LocalDate expires) {

    public Licence {
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("a licence needs its state");
        }
    }

    public boolean validOn(LocalDate date) {
        return expires == null || !date.isAfter(expires);
    }

    public boolean isIn(String otherState) {
        return state.equalsIgnoreCase(otherState);
    }
}
