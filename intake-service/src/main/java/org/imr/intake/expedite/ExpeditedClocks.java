package org.imr.intake.expedite;

import java.time.Duration;
import java.time.Instant;

/**
 * The clocks of an expedited review, counted from the physician's certification of an imminent and serious threat:
 * the case file within 24 hours (8 CCR 9792.10.5), the determination within a configured number of days (3, unverified).
 */
public record ExpeditedClocks(Instant recordsDueAt, Instant determinationDueAt) {

    public static final Duration RECORDS = Duration.ofHours(24);

    public static ExpeditedClocks from(Instant certifiedAt, int determinationDays) {
        return new ExpeditedClocks(certifiedAt.plus(RECORDS), certifiedAt.plus(Duration.ofDays(determinationDays)));
    }
}
