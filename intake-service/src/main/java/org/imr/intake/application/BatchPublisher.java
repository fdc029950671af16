package org.imr.intake.application;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.imr.kafka.PipelineKafkaProperties;
import org.imr.schemas.topics.Topic;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends without blocking and waits for the acknowledgements of a whole chunk at once (acks=all, idempotent producer):
 * the producer batches the records, so a bulk file is not one round trip per line. Nothing is fire-and-forget: every
 * send is awaited by {@link #await} before its line is answered.
 */
@Component
class BatchPublisher {

    private final KafkaTemplate<String, SpecificRecord> template;
    private final PipelineKafkaProperties properties;

    BatchPublisher(KafkaTemplate<String, SpecificRecord> template, PipelineKafkaProperties properties) {
        this.template = template;
        this.properties = properties;
    }

    <V extends SpecificRecord> CompletableFuture<?> send(Topic<V> topic, String key, V event) {
        try {
            return template.send(topic.name(), key, event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for every send (within the send timeout, counted from now); true where the broker acknowledged. */
    List<Boolean> await(List<CompletableFuture<?>> sends) {
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        return sends.stream().map(send -> acknowledged(send, deadline)).toList();
    }

    private static boolean acknowledged(CompletableFuture<?> send, long deadline) {
        try {
            send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
