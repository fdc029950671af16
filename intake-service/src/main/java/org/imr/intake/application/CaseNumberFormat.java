package org.imr.intake.application;

import java.time.LocalDate;

/** {@code CMyy-nnnnnnn}: the two-digit year the application was received, then a sequence of seven digits. */
final class CaseNumberFormat {

    static final long LARGEST_SEQUENCE = 9_999_999;

    private CaseNumberFormat() {
    }

    /** The case number of the allocation at this offset of the allocation log: the sequence is the offset + 1. */
    static String of(LocalDate received, long offset) {
        long sequence = offset + 1;
        if (offset < 0 || sequence > LARGEST_SEQUENCE) {
            throw new IllegalStateException("No case number left for allocation offset " + offset);
        }
        return "CM%02d-%07d".formatted(received.getYear() % 100, sequence);
    }
}
