package org.imr.notification.letter;

import java.util.Objects;

/** Argument checks shared by the letter's records. */
final class TextPreconditions {

    private TextPreconditions() {
    }

    /** The value stripped of surrounding whitespace; rejects null and blank values. */
    static String requireText(String value, String component) {
        Objects.requireNonNull(value, component + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(component + " must not be blank");
        }
        return value.strip();
    }

    /** The value stripped of surrounding whitespace, or null when it is null or blank. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
