package org.imr.kafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.ContainerProperties.EOSMode;
import org.springframework.kafka.listener.ListenerUtils;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * What a listener container does when a poll's transaction rolls back (its listener threw, or the commit failed:
 * the broker unreachable, say): every partition of the poll is sought back to the poll's first record, so that the
 * whole poll is read again, after a pause that doubles with every rollback in a row, from
 * {@code imr.kafka.retry-interval} up to {@code imr.kafka.retry-max-interval}, for as long as it takes. Nothing is
 * skipped here: only {@link PollHandler} sends a record to its dead-letter topic, inside a transaction.
 * {@code onRollback} runs first (a service that keeps state in memory marks it for a rebuild from the topics).
 */
public class RetryAfterRollback implements AfterRollbackProcessor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(RetryAfterRollback.class);
    /** A rollback longer than this after the previous one starts the pauses from the first again. */
    private static final Duration QUIET_RESET = Duration.ofMinutes(1);

    private final Duration first;
    private final Duration max;
    private final Runnable onRollback;
    private final ThreadLocal<Pause> pauses = new ThreadLocal<>();

    public RetryAfterRollback(Duration first, Duration max, Runnable onRollback) {
        this.first = first;
        this.max = max;
        this.onRollback = onRollback;
    }

    public RetryAfterRollback(PipelineKafkaProperties properties) {
        this(properties.retryInterval(), properties.retryMaxInterval(), () -> { });
    }

    /** The same pauses, with something to do first on every rollback. */
    public RetryAfterRollback onRollback(Runnable action) {
        return new RetryAfterRollback(first, max, action);
    }

    @Override
    public void process(List<ConsumerRecord<Object, Object>> records, Consumer<Object, Object> consumer,
            MessageListenerContainer container, Exception exception, boolean recoverable, EOSMode eosMode) {
        onRollback.run();
        Map<TopicPartition, Long> firstOffsets = new LinkedHashMap<>();
        for (ConsumerRecord<Object, Object> record : records) {
            firstOffsets.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        firstOffsets.forEach(consumer::seek);
        Duration pause = nextPause();
        log.warn("Poll of {} record(s) rolled back ({}{}); read again in {} ms", records.size(),
                exception.getClass().getSimpleName(), exception.getCause() == null ? ""
                        : ": " + exception.getCause().getClass().getSimpleName(), pause.toMillis());
        try {
            ListenerUtils.stoppableSleep(container, pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Duration nextPause() {
        long now = System.nanoTime();
        Pause previous = pauses.get();
        Duration pause = previous == null || now - previous.at() > QUIET_RESET.toNanos() ? first
                : min(previous.length().multipliedBy(2), max);
        pauses.set(new Pause(pause, now));
        return pause;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void clearThreadState() {
        pauses.remove();
    }

    private record Pause(Duration length, long at) {
    }
}
