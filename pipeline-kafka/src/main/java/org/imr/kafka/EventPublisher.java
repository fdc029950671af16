package org.imr.kafka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.imr.schemas.topics.Topic;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends events to their declared topics, always inside a Kafka transaction (idempotent producer, acks=all).
 * Inside a listener, the poll's transaction is used: a send returns at once and the container commits the poll's
 * outputs with its input offsets (a failed send fails the commit and the poll is read again). Anywhere else (a REST
 * request, a scheduled check), {@link #inTransaction} or a single {@link #publish} runs its own transaction and
 * returns once it is committed; a failure throws.
 */
public class EventPublisher {

    private final KafkaTemplate<String, Object> template;
    private final PipelineKafkaProperties properties;
    private final PipelineMetrics metrics;

    public EventPublisher(KafkaTemplate<String, Object> template, PipelineKafkaProperties properties,
            PipelineMetrics metrics) {
        this.template = template;
        this.properties = properties;
        this.metrics = metrics;
    }

    public <V extends SpecificRecord> void publish(Topic<V> topic, String key, V event) {
        inTransaction(() -> send(topic, key, event));
    }

    /**
     * Runs the work in the transaction under way on this thread, or else in one of its own, committed before this
     * returns (every send of the work included); the work's sends are made from this thread.
     */
    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** As {@link #inTransaction(Runnable)}, with the work's result. */
    public <T> T inTransaction(Supplier<T> work) {
        if (template.inTransaction()) {
            return work.get();
        }
        try {
            return template.executeInTransaction(operations -> work.get());
        } catch (RuntimeException e) {
            throw new PublishFailedException("A transaction of " + properties.instanceId() + " failed", e);
        }
    }

    /** Sends without waiting; the transaction under way on this thread carries it. */
    public <V extends SpecificRecord> CompletableFuture<RecordMetadata> send(Topic<V> topic, String key, V event) {
        CompletableFuture<RecordMetadata> sent = template.send(new ProducerRecord<>(topic.name(), key, event))
                .thenApply(SendResult::getRecordMetadata);
        metrics.published(topic.name());
        return sent;
    }

    /** Sends to one partition of the topic without waiting; the transaction under way on this thread carries it. */
    public <V extends SpecificRecord> CompletableFuture<RecordMetadata> sendToPartition(Topic<V> topic, int partition,
            String key, V event) {
        CompletableFuture<RecordMetadata> sent = template.send(new ProducerRecord<>(topic.name(), partition, key, event))
                .thenApply(SendResult::getRecordMetadata);
        metrics.published(topic.name());
        return sent;
    }

    /**
     * Waits for the broker to append a send (inside a transaction, before it commits: the offset is known, the record
     * not yet visible to read_committed consumers); throws when it does not come in time.
     */
    public RecordMetadata await(Topic<?> topic, String key, CompletableFuture<RecordMetadata> send) {
        try {
            return send.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Publishing to " + topic.name() + " for key " + key + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("Publishing to " + topic.name() + " for key " + key + " failed", e);
        }
    }

    /** The broker did not take a send or a transaction (transient when its cause is, see {@link Failures}). */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Exception cause) {
            super(message, cause);
        }
    }
}
