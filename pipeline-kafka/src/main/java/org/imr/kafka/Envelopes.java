package org.imr.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import org.imr.schemas.EventEnvelope;

/**
 * Stamps every event a service writes with its envelope. An event that follows from another one (a determination from
 * an assignment, a letter from a determination) gets an id derived from the input event's id and what the output is,
 * so that handling the same input again yields the same output event ids and downstream de-duplication holds.
 */
public class Envelopes {

    private final String producer;
    private final Clock clock;

    public Envelopes(String producer, Clock clock) {
        this.producer = producer;
        this.clock = clock;
    }

    /** An event with a new id (one that follows from a request, not from another event). */
    public EventEnvelope forCase(String caseId) {
        return envelope(UUID.randomUUID(), caseId);
    }

    /**
     * An event that follows from the input event {@code from}: its id is a name-based UUID of the input's id and
     * {@code output}, which names this output among the input's outputs (e.g. "letter", "delivery/EMPLOYEE/MAIL").
     */
    public EventEnvelope derived(UUID from, String output, String caseId) {
        return envelope(derivedId(from, output), caseId);
    }

    /** Roster events are keyed by reviewer id and carry no case id. */
    public EventEnvelope forRoster() {
        return envelope(UUID.randomUUID(), null);
    }

    /** The id of the output {@code output} of the input event {@code from}, the same every time. */
    public static UUID derivedId(UUID from, String output) {
        return UUID.nameUUIDFromBytes((from + "/" + output).getBytes(StandardCharsets.UTF_8));
    }

    private EventEnvelope envelope(UUID eventId, String caseId) {
        return EventEnvelope.newBuilder()
                .setEventId(eventId)
                .setCaseId(caseId)
                .setOccurredAt(clock.instant())
                .setProducer(producer)
                .setSchemaVersion(1)
                .build();
    }
}
