package org.imr.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * How every listener takes a poll: inside the poll's Kafka transaction (its outputs and its input offsets commit
 * together, see {@link RetryAfterRollback}), each record is decoded and handled in turn.
 * <ul>
 * <li>A record that cannot be decoded, or is not of the topic's type, goes to the topic's dead-letter twin
 * ({@code <topic>-dlt}, the raw bytes kept, the reason in the {@code kafka_dlt-exception-*} headers) in the same
 * transaction, and the poll goes on.</li>
 * <li>A transient failure (the registry, broker or a store unreachable, see {@link Failures}) is thrown: the
 * transaction rolls back and the whole poll is read again after a back-off, as long as it takes. Nothing is
 * dead-lettered for it.</li>
 * <li>Any other failure of a record's handling rolls the poll back too (the work done for the poll's other records is
 * undone with it) and marks the record: after {@code imr.kafka.retry-attempts} such deliveries, the next one sends it
 * to the dead-letter topic instead of handling it, and the rest of the poll is handled.</li>
 * </ul>
 */
public class PollHandler {

    /** The header a record carries when its value could not be decoded (its value is then null). */
    public static final String VALUE_DECODING_FAILED = SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER;

    private static final Logger log = LoggerFactory.getLogger(PollHandler.class);
    private static final LogAccessor LOG = new LogAccessor(PollHandler.class);

    private final ConsumerRecordRecoverer deadLetters;
    private final int retryAttempts;
    private final PipelineMetrics metrics;
    private final Map<RecordId, Failed> failures = new ConcurrentHashMap<>();

    /** @param deadLetters sends a record to its topic's dead-letter twin, with the reason (in the poll's transaction) */
    public PollHandler(ConsumerRecordRecoverer deadLetters, int retryAttempts, PipelineMetrics metrics) {
        this.deadLetters = deadLetters;
        this.retryAttempts = retryAttempts;
        this.metrics = metrics;
    }

    /** Hands every record of the poll that is a {@code type} to the handler, in the order read. */
    public <V> void each(List<? extends ConsumerRecord<?, ?>> records, Class<V> type, Consumer<V> handler) {
        for (ConsumerRecord<?, ?> record : records) {
            decoded(record, type).ifPresent(event -> handle(record, () -> handler.accept(event)));
        }
    }

    /**
     * The record's value when it is to be handled now; empty when it went to the dead-letter topic (undecodable, not a
     * {@code type}, or failing too often). Throws when it cannot be decoded for a transient reason.
     */
    public <V> Optional<V> decoded(ConsumerRecord<?, ?> record, Class<V> type) {
        Failed failed = failures.get(RecordId.of(record));
        if (failed != null && failed.attempts() > retryAttempts) {
            deadLetter(record, failed.cause());
            failures.remove(RecordId.of(record));
            return Optional.empty();
        }
        DeserializationException undecodable = SerializationUtils.getExceptionFromHeader(record,
                VALUE_DECODING_FAILED, LOG);
        if (undecodable != null) {
            if (Failures.isTransient(undecodable)) {
                throw new TransientFailureException("Cannot decode " + where(record) + " now", undecodable);
            }
            deadLetter(record, undecodable);
            return Optional.empty();
        }
        if (!type.isInstance(record.value())) {
            deadLetter(record, new UnprocessableEventException("not a " + type.getSimpleName() + " at " + where(record)));
            return Optional.empty();
        }
        return Optional.of(type.cast(record.value()));
    }

    /**
     * Does the record's work; when it fails for a reason that is not transient, the record is marked (see the class
     * comment) and the failure thrown, so that the poll's transaction rolls back.
     */
    public void handle(ConsumerRecord<?, ?> record, Runnable work) {
        try {
            work.run();
            if (!failures.isEmpty()) {
                failures.remove(RecordId.of(record));
            }
        } catch (RuntimeException e) {
            if (!Failures.isTransient(e)) {
                Failed failed = failures.merge(RecordId.of(record), new Failed(1, e),
                        (earlier, now) -> new Failed(earlier.attempts() + 1, e));
                log.warn("Handling {} failed ({}), attempt {}", where(record), e.getClass().getSimpleName(),
                        failed.attempts());
                throw new RecordFailedException(where(record), e);
            }
            throw e;
        }
    }

    private void deadLetter(ConsumerRecord<?, ?> record, Exception reason) {
        deadLetters.accept(record, reason);
        metrics.deadLettered(record.topic());
        log.warn("{} sent to its dead-letter topic: {}", where(record), reason.getClass().getSimpleName());
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private record RecordId(String topic, int partition, long offset) {
        static RecordId of(ConsumerRecord<?, ?> record) {
            return new RecordId(record.topic(), record.partition(), record.offset());
        }
    }

    private record Failed(int attempts, Exception cause) {
    }

    /** A record's handling failed for a reason that is not transient; the record is marked for the dead-letter topic. */
    public static class RecordFailedException extends RuntimeException {
        RecordFailedException(String where, Exception cause) {
            super("Handling " + where + " failed", cause);
        }
    }
}
