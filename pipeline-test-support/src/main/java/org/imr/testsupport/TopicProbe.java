package org.imr.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imr.infra.PipelineInfrastructure;
import org.imr.schemas.topics.Topic;

/**
 * Reads a topic from its beginning, as an outside consumer would (committed records only), until a record matches or
 * the time is up. A record that is not Avro (garbage a test put on the topic) is passed over by the Avro reads.
 * Polling waits on the broker; there is no sleep.
 */
public final class TopicProbe {

    /** The header the probe puts on a record whose value it could not decode. */
    private static final String UNDECODABLE = "imr-probe-undecodable";

    private final PipelineInfrastructure infrastructure;

    public TopicProbe(PipelineInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    public <V extends SpecificRecord> ConsumerRecord<String, V> awaitRecord(Topic<V> topic, String key, Duration timeout) {
        return awaitAvro(topic.name(), record -> key.equals(record.key()), timeout);
    }

    /** Every record on the topic up to its end as of now (what was acknowledged before this call). */
    public <V extends SpecificRecord> List<ConsumerRecord<String, V>> readToEnd(Topic<V> topic, Duration timeout) {
        Deserializer<Object> deserializer = avroDeserializer();
        @SuppressWarnings("unchecked")
        Deserializer<V> values = (Deserializer<V>) (Deserializer<?>) deserializer;
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + topic.name() + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (decoded(record)) {
                        records.add(record);
                    }
                });
            }
            return records;
        }
    }

    /** Raw bytes from a dead-letter topic, whose values may not be Avro at all. */
    public ConsumerRecord<String, byte[]> awaitDeadLetter(Topic<?> topic, Predicate<ConsumerRecord<String, byte[]>> matching,
            Duration timeout) {
        return await(topic.deadLetterName(), new ByteArrayDeserializer(), matching, timeout);
    }

    /** A record's value as the bytes on the wire, as a client without this project's classes sees it. */
    public ConsumerRecord<String, byte[]> awaitRawRecord(Topic<?> topic, String key, Duration timeout) {
        return await(topic.name(), new ByteArrayDeserializer(), record -> key.equals(record.key()), timeout);
    }

    @SuppressWarnings("unchecked")
    private <V> ConsumerRecord<String, V> awaitAvro(String topic, Predicate<ConsumerRecord<String, V>> matching,
            Duration timeout) {
        Deserializer<Object> deserializer = avroDeserializer();
        return await(topic, (Deserializer<V>) (Deserializer<?>) deserializer, matching, timeout);
    }

    private <V> ConsumerRecord<String, V> await(String topic, Deserializer<V> valueDeserializer,
            Predicate<ConsumerRecord<String, V>> matching, Duration timeout) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), valueDeserializer)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            List<String> seenKeys = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(250))) {
                    if (decoded(record) && matching.test(record)) {
                        return record;
                    }
                    seenKeys.add(record.key());
                }
            }
            throw new AssertionError("No matching record on " + topic + " within " + timeout
                    + " (saw " + seenKeys.size() + " other records; the probe held " + consumer.assignment().size()
                    + " of its partitions; " + ConsumerGroupsState.describe(infrastructure) + ")");
        }
    }

    private Deserializer<Object> avroDeserializer() {
        AvroKafkaDeserializer<Object> avro = new AvroKafkaDeserializer<>();
        avro.configure(Map.of(
                "apicurio.registry.url", infrastructure.registryUrl(),
                "apicurio.registry.use-specific-avro-reader", true), false);
        return new Deserializer<>() {
            @Override
            public Object deserialize(String topic, byte[] data) {
                return avro.deserialize(topic, data);
            }

            @Override
            public Object deserialize(String topic, Headers headers, byte[] data) {
                try {
                    return avro.deserialize(topic, headers, data);
                } catch (RuntimeException garbage) {
                    headers.add(UNDECODABLE, new byte[0]);
                    return null;
                }
            }

            @Override
            public void close() {
                avro.close();
            }
        };
    }

    private static boolean decoded(ConsumerRecord<?, ?> record) {
        return record.headers().lastHeader(UNDECODABLE) == null;
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.administratorBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }
}
