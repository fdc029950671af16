package org.imr.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The pipeline's stage counters, the same in every service: {@value #PUBLISHED} counts the events a service publishes
 * by topic (each topic is a stage: received, screened out, assigned, determined, letters issued, ...), and
 * {@value #DEAD_LETTERED} the records it sends to a dead-letter topic, by the topic they came from. Tags carry topic
 * names only, never anything of a case. A send counts when it is made: a transaction that rolls back and is tried
 * again counts its sends again (the topics themselves hold one of each).
 */
public class PipelineMetrics {

    public static final String PUBLISHED = "imr.events.published";
    public static final String DEAD_LETTERED = "imr.events.dead.lettered";

    private final MeterRegistry registry;
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private final Map<String, Counter> deadLettered = new ConcurrentHashMap<>();

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Metrics nobody reads (a service built without a registry, a unit test). */
    public static PipelineMetrics unregistered() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    void published(String topic) {
        published.computeIfAbsent(topic, t -> Counter.builder(PUBLISHED).tag("topic", t)
                .description("Events published, by topic").register(registry)).increment();
    }

    void deadLettered(String topic) {
        deadLettered.computeIfAbsent(topic, t -> Counter.builder(DEAD_LETTERED).tag("topic", t)
                .description("Records sent to a dead-letter topic, by the topic they came from").register(registry))
                .increment();
    }
}
