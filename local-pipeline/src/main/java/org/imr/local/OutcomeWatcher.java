package org.imr.local;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imr.schemas.topics.Topic;

/**
 * Reads outcome topics of the pipeline from their beginning, as a downstream system would, until every given case has
 * an outcome there or the time is up.
 */
public final class OutcomeWatcher {

    private final RunningPipeline pipeline;
    private final List<Topic<?>> outcomeTopics;

    public OutcomeWatcher(RunningPipeline pipeline, List<Topic<?>> outcomeTopics) {
        this.pipeline = pipeline;
        this.outcomeTopics = List.copyOf(outcomeTopics);
    }

    /** The last outcome event of each case that has one, by case id. */
    public Map<String, Object> await(Set<String> caseIds, Duration timeout) {
        Map<String, Object> outcomes = new HashMap<>();
        try (KafkaConsumer<String, Object> consumer = consumer()) {
            consumer.subscribe(outcomeTopics.stream().map(Topic::name).toList());
            Instant deadline = Instant.now().plus(timeout);
            while (!outcomes.keySet().containsAll(caseIds) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(250))) {
                    if (caseIds.contains(record.key())) {
                        outcomes.put(record.key(), record.value());
                    }
                }
            }
        }
        return outcomes;
    }

    private KafkaConsumer<String, Object> consumer() {
        AvroKafkaDeserializer<Object> values = new AvroKafkaDeserializer<>();
        values.configure(Map.of("apicurio.registry.url", pipeline.infrastructure().registryUrl(),
                "apicurio.registry.use-specific-avro-reader", true), false);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.infrastructure().administratorBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outcome-watcher-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), values);
    }
}
