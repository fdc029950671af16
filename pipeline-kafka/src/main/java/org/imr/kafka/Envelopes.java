package org.imr.kafka;

import java.time.Clock;
import java.util.UUID;

import org.imr.schemas.EventEnvelope;

/** Stamps every event a service writes with its envelope. */
public class Envelopes {

    private final String producer;
    private final Clock clock;

    public Envelopes(String producer, Clock clock) {
        this.producer = producer;
        this.clock = clock;
    }

    public EventEnvelope forCase(String caseId) {
        return envelope(caseId);
    }

    /** Roster events are keyed by reviewer id and carry no case id. */
    public EventEnvelope forRoster() {
        return envelope(null);
    }

    private EventEnvelope envelope(String caseId) {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(caseId)
                .setOccurredAt(clock.instant())
                .setProducer(producer)
                .setSchemaVersion(1)
                .build();
    }
}
