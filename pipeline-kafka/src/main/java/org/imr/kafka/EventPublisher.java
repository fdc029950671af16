package org.imr.kafka;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.imr.schemas.topics.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends one event to its declared topic and waits for the broker's acknowledgement (acks=all, idempotent producer):
 * no send is fire-and-forget. A failed send throws, so a listener's error handler retries or dead-letters the input.
 */
public class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final KafkaTemplate<String, SpecificRecord> template;
    private final PipelineKafkaProperties properties;

    public EventPublisher(KafkaTemplate<String, SpecificRecord> template, PipelineKafkaProperties properties) {
        this.template = template;
        this.properties = properties;
    }

    public <V extends SpecificRecord> void publish(Topic<V> topic, String key, V event) {
        send(topic, key, new ProducerRecord<>(topic.name(), key, event));
    }

    /** Sends to one partition of the topic and returns where the broker appended the event (its offset). */
    public <V extends SpecificRecord> RecordMetadata publishToPartition(Topic<V> topic, int partition, String key, V event) {
        return send(topic, key, new ProducerRecord<>(topic.name(), partition, key, event));
    }

    private RecordMetadata send(Topic<?> topic, String key, ProducerRecord<String, SpecificRecord> record) {
        try {
            RecordMetadata appended = template.send(record)
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
            log.debug("Published {} for key {}", topic.name(), key);
            return appended;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic, key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(topic, key, e);
        }
    }

    /** The broker did not acknowledge a send in time. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(Topic<?> topic, String key, Exception cause) {
            super("Publishing to " + topic.name() + " for key " + key + " failed", cause);
        }
    }
}
