package org.imr.intake.tracking;

import java.time.Instant;

/** One step of a case's timeline: what happened, when (the event's occurred-at), and a detail free of PHI. */
public record TimelineEntry(Stage stage, Instant at, String detail) {
}
