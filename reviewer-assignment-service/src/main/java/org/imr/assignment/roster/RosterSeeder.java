package org.imr.assignment.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.kafka.Failures;
import org.imr.schemas.ReviewerLicence;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads reviewers from a roster file ({@code imr.roster.seed-file}, used by the local run) onto the roster topic
 * before any listener starts, in one transaction. Publishing the same profiles again is harmless: the topic is compacted
 * by reviewer id. A broker or registry that cannot be reached yet is waited out (up to {@code imr.roster.seed-timeout});
 * anything else stops the service at start-up.
 */
@Component
class RosterSeeder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RosterSeeder.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private final Resource seedFile;
    private final Duration timeout;
    private final ObjectMapper json;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private volatile boolean running;

    RosterSeeder(@Value("${imr.roster.seed-file:}") Resource seedFile,
            @Value("${imr.roster.seed-timeout:2m}") Duration timeout, ObjectMapper json, EventPublisher publisher,
            Envelopes envelopes) {
        this.seedFile = seedFile;
        this.timeout = timeout;
        this.json = json;
        this.publisher = publisher;
        this.envelopes = envelopes;
    }

    @Override
    public void start() {
        running = true;
        if (seedFile == null || !seedFile.exists()) {
            return;
        }
        List<RosterEntry> entries = read();
        publishWaitingOutOutages(entries);
        log.info("Published {} reviewers from the roster file {}", entries.size(), seedFile.getFilename());
    }

    private void publishWaitingOutOutages(List<RosterEntry> entries) {
        Instant deadline = Instant.now().plus(timeout);
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                publisher.inTransaction(() -> entries.forEach(entry ->
                        publisher.send(Topics.REVIEWER_ROSTER, entry.reviewerId(), entry.toEvent(envelopes))));
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e) || Instant.now().plus(pause).isAfter(deadline)) {
                    throw e;
                }
                log.warn("Publishing the roster file failed ({}); trying again in {} ms", rootCauseOf(e),
                        pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static String rootCauseOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the roster file", e);
        }
    }

    private List<RosterEntry> read() {
        try (InputStream in = seedFile.getInputStream()) {
            return json.readValue(in, new TypeReference<List<RosterEntry>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the roster file " + seedFile.getDescription(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers, so the roster listener finds the seeded reviewers when it catches up. */
    @Override
    public int getPhase() {
        return 0;
    }

    /** One reviewer as the roster file holds it. */
    record RosterEntry(String reviewerId, String name, List<String> specialties, List<String> licensureStates,
            int weeklyPracticeHours, int yearsInPractice, List<String> affiliations, ReviewerStatus status,
            Integer caseCapacity, List<LicenceEntry> licences) {

        ReviewerRosterChanged toEvent(Envelopes envelopes) {
            return ReviewerRosterChanged.newBuilder()
                    .setEnvelope(envelopes.forRoster())
                    .setReviewerId(reviewerId)
                    .setName(name)
                    .setSpecialties(specialties)
                    .setLicensureStates(licensureStates)
                    .setWeeklyPracticeHours(weeklyPracticeHours)
                    .setYearsInPractice(yearsInPractice)
                    .setAffiliations(affiliations == null ? List.of() : affiliations)
                    .setStatus(status == null ? ReviewerStatus.ACTIVE : status)
                    .setCaseCapacity(caseCapacity == null ? 25 : caseCapacity)
                    .setLicences(licences == null ? List.of()
                            : licences.stream().map(l -> new ReviewerLicence(l.state(), l.expires())).toList())
                    .build();
        }
    }

    /** A licence with its expiry (optional) as the roster file holds it. */
    record LicenceEntry(String state, LocalDate expires) {
    }
}
