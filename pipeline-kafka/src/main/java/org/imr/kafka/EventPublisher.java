package org.imr.kafka;

import java.util.concurrent.CompletableFuture;
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
import org.springframework.kafka.support.SendResult;

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
        return await(topic, key, sendToPartition(topic, partition, key, event));
    }

    /**
     * Sends to one partition without waiting, so that many sends share the producer's batches; the caller must
     * {@link #await} every one of them: nothing is fire-and-forget.
     */
    public <V extends SpecificRecord> CompletableFuture<RecordMetadata> sendToPartition(Topic<V> topic, int partition,
            String key, V event) {
        return template.send(new ProducerRecord<>(topic.name(), partition, key, event))
                .thenApply(SendResult::getRecordMetadata);
    }

    /** Waits for the broker's acknowledgement of a send; throws when it does not come in time. */
    public RecordMetadata await(Topic<?> topic, String key, CompletableFuture<RecordMetadata> send) {
        try {
            RecordMetadata appended = send.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            log.debug("Published {} for key {}", topic.name(), key);
            return appended;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic, key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(topic, key, e);
        }
    }

    private RecordMetadata send(Topic<?> topic, String key, ProducerRecord<String, SpecificRecord> record) {
        return await(topic, key, template.send(record).thenApply(SendResult::getRecordMetadata));
    }

    /** The broker did not acknowledge a send in time. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(Topic<?> topic, String key, Exception cause) {
            super("Publishing to " + topic.name() + " for key " + key + " failed", cause);
        }
    }
}
