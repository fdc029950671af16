package org.imr.replay.pipeline;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imr.local.RunningPipeline;
import org.imr.schemas.topics.Topics;

/**
 * Reads the determination topic, and the no-eligible-reviewer topic that ends a case without one, until every
 * submitted case has an outcome or the time is up. Values are the events, keyed by case id.
 */
final class DeterminationCollector {

    private final RunningPipeline pipeline;

    DeterminationCollector(RunningPipeline pipeline) {
        this.pipeline = pipeline;
    }

    Map<String, Object> await(Set<String> caseIds, Duration timeout) {
        Map<String, Object> outcomes = new HashMap<>();
        try (KafkaConsumer<String, Object> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.DETERMINATION_ISSUED.name(), Topics.NO_ELIGIBLE_REVIEWER.name()));
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
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.infrastructure().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "replay-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), values);
    }
}
