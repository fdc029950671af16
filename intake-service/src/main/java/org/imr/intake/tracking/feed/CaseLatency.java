package org.imr.intake.tracking.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.imr.intake.tracking.Stage;
import org.imr.intake.tracking.TimelineEntry;
import org.imr.intake.tracking.TrackedCase;
import org.springframework.stereotype.Component;

/**
 * End-to-end latency of the pipeline as operations see it: from an application's receipt to its case's first Final
 * Determination letter ({@value #NAME}, a histogram). Recorded by the tracking feed once per case, when a poll that
 * brings the case its first letter commits; a redelivered letter or a later version records nothing. The timer carries
 * no tags: nothing of a case reaches the metrics.
 */
@Component
class CaseLatency {

    static final String NAME = "imr.case.latency";

    private final Timer receiptToLetter;

    CaseLatency(MeterRegistry meters) {
        this.receiptToLetter = Timer.builder(NAME)
                .description("From an application's receipt to its case's first Final Determination letter")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofDays(60)).register(meters);
    }

    /** Whether the case has a letter already (before a poll's events are applied to it). */
    static boolean lettered(TrackedCase trackedCase) {
        return trackedCase.snapshot().reached(Stage.LETTER_ISSUED);
    }

    /** The latency of a case that a poll's events brought its first letter, if its receipt is known. */
    static Optional<Duration> ofFirstLetter(TrackedCase trackedCase) {
        var timeline = trackedCase.snapshot().timeline();
        Optional<Instant> received = firstAt(timeline, Stage.RECEIVED);
        Optional<Instant> lettered = firstAt(timeline, Stage.LETTER_ISSUED);
        if (received.isEmpty() || lettered.isEmpty() || lettered.get().isBefore(received.get())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(received.get(), lettered.get()));
    }

    void record(Duration latency) {
        receiptToLetter.record(latency);
    }

    private static Optional<Instant> firstAt(java.util.List<TimelineEntry> timeline, Stage stage) {
        return timeline.stream().filter(e -> e.stage() == stage).map(TimelineEntry::at).findFirst();
    }
}
