package org.imr.intake.tracking;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link CaseTracking} from its topics: every partition of each, from the beginning, in every instance (each
 * answers for every case; no consumer group splits them, no offsets are committed), so the read model is the same after
 * a restart. Start-up blocks until the end of each partition is reached, then reading goes on. A record that cannot
 * be decoded, or that a projection cannot apply, is skipped with its case id and offset logged.
 */
@Component
class TrackingReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrackingReader.class);

    private final ConsumerFactory<String, Object> consumers;
    private final CaseTracking tracking;
    private volatile Consumer<String, Object> consumer;
    private volatile Thread reader;

    TrackingReader(ConsumerFactory<String, Object> consumers, CaseTracking tracking) {
        this.consumers = consumers;
        this.tracking = tracking;
    }

    @Override
    public void start() {
        consumer = consumers.createConsumer(null, "intake-tracking");
        List<TopicPartition> partitions = CaseTracking.TOPICS.stream()
                .flatMap(topic -> consumer.partitionsFor(topic.name()).stream())
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        CountDownLatch caughtUp = new CountDownLatch(1);
        reader = Thread.ofPlatform().name("intake-tracking").daemon().start(() -> read(partitions, end, caughtUp));
        try {
            caughtUp.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the case topics", e);
        }
        if (!reader.isAlive()) {
            throw new IllegalStateException("The case topics could not be read to their end");
        }
        log.info("Case tracking read: {} cases", tracking.size());
    }

    private void read(List<TopicPartition> partitions, Map<TopicPartition, Long> end, CountDownLatch caughtUp) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (caughtUp.getCount() > 0 && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                    caughtUp.countDown();
                }
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    apply(record);
                }
            }
        } catch (WakeupException stopping) {
            log.debug("Case tracking reader stopped");
        } finally {
            caughtUp.countDown();
            consumer.close();
        }
    }

    private void apply(ConsumerRecord<String, Object> record) {
        if (!(record.value() instanceof SpecificRecord event)) {
            log.warn("Case {}: record {}-{}@{} skipped by tracking (not decodable)", record.key(), record.topic(),
                    record.partition(), record.offset());
            return;
        }
        try {
            tracking.apply(record.key(), event);
        } catch (RuntimeException e) {
            log.warn("Case {}: record {}-{}@{} skipped by tracking ({})", record.key(), record.topic(),
                    record.partition(), record.offset(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void stop() {
        Thread running = reader;
        if (running != null) {
            consumer.wakeup();
            try {
                running.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reader = null;
        }
    }

    @Override
    public boolean isRunning() {
        return reader != null;
    }

    /** Before the web server, so that no case is asked for before the topics are read. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
