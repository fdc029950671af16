package org.imr.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imr.infra.PipelineInfrastructure;
import org.imr.schemas.topics.Topic;

/** Writes to a topic as its owning service would (Avro through the registry), or writes raw bytes to it. */
public final class TestProducer {

    private final PipelineInfrastructure infrastructure;

    public TestProducer(PipelineInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    public <V extends SpecificRecord> void send(Topic<V> topic, String key, V value) {
        AvroKafkaSerializer<V> serializer = serializer();
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config(), new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Sending to " + topic.name() + " failed", e);
        }
    }

    /**
     * The records in one producer transaction, in order: a read_committed consumer sees them at once, in one poll
     * (to show what a poll whose later record fails does to its earlier ones).
     */
    @SafeVarargs
    public final <V extends SpecificRecord> void sendInOneTransaction(Topic<V> topic, String key, V... values) {
        AvroKafkaSerializer<V> serializer = serializer();
        Map<String, Object> config = new HashMap<>(config());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-producer-" + UUID.randomUUID());
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (V value : values) {
                producer.send(new ProducerRecord<>(topic.name(), key, value));
            }
            producer.commitTransaction();
        } catch (Exception e) {
            throw new IllegalStateException("Sending to " + topic.name() + " failed", e);
        }
    }

    /** A record of the topic's type on its dead-letter twin, with the reason in the dead-letter header. */
    public <V extends SpecificRecord> void sendDeadLetter(Topic<V> topic, String key, V value, String reason) {
        AvroKafkaSerializer<V> serializer = serializer();
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config(), new StringSerializer(), serializer)) {
            ProducerRecord<String, V> record = new ProducerRecord<>(topic.deadLetterName(), key, value);
            record.headers().add("kafka_dlt-exception-message", reason.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Sending to " + topic.deadLetterName() + " failed", e);
        }
    }

    public void sendBytes(Topic<?> topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Sending to " + topic.name() + " failed", e);
        }
    }

    /** Avro in Confluent's wire format through the test registry, registering the writer's schema. */
    private <V extends SpecificRecord> AvroKafkaSerializer<V> serializer() {
        AvroKafkaSerializer<V> serializer = new AvroKafkaSerializer<>();
        serializer.configure(Map.of(
                "apicurio.registry.url", infrastructure.registryUrl(),
                "apicurio.registry.auto-register", true,
                "apicurio.registry.dereference-schema", true), false);
        return serializer;
    }

    private Map<String, Object> config() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.administratorBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
    }
}
