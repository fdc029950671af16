package org.imr.assignment.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
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
 * before any listener starts. Publishing the same profiles again is harmless: the topic is compacted by reviewer id.
 */
@Component
class RosterSeeder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RosterSeeder.class);

    private final Resource seedFile;
    private final ObjectMapper json;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private volatile boolean running;

    RosterSeeder(@Value("${imr.roster.seed-file:}") Resource seedFile, ObjectMapper json, EventPublisher publisher,
            Envelopes envelopes) {
        this.seedFile = seedFile;
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
        for (RosterEntry entry : entries) {
            publisher.publish(Topics.REVIEWER_ROSTER, entry.reviewerId(), entry.toEvent(envelopes));
        }
        log.info("Published {} reviewers from the roster file {}", entries.size(), seedFile.getFilename());
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
