package org.imr.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads every partition of some topics from the beginning in a daemon thread, outside any consumer group (every
 * instance reads everything, nothing is committed): for state that every instance rebuilds from the topics.
 * {@link #start()} returns once the end each partition had at start-up is reached; reading then goes on until
 * {@link #stop()}. Each record goes to the handler on the reading thread.
 */
public final class CatchUpReader {

    private static final Logger log = LoggerFactory.getLogger(CatchUpReader.class);

    private final ConsumerFactory<String, Object> consumers;
    private final String name;
    private final List<String> topics;
    private final Consumer<ConsumerRecord<String, Object>> handler;
    private volatile org.apache.kafka.clients.consumer.Consumer<String, Object> consumer;
    private volatile Thread reader;

    /** @param name names the client and the thread, e.g. "intake-ledger" */
    public CatchUpReader(ConsumerFactory<String, Object> consumers, String name, List<String> topics,
            Consumer<ConsumerRecord<String, Object>> handler) {
        this.consumers = consumers;
        this.name = name;
        this.topics = List.copyOf(topics);
        this.handler = handler;
    }

    /** Blocks until the topics are read to the end they had now; fails when they cannot be. */
    public void start() {
        consumer = consumers.createConsumer(null, name);
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        CountDownLatch caughtUp = new CountDownLatch(1);
        reader = Thread.ofPlatform().name(name).daemon().start(() -> read(partitions, end, caughtUp));
        try {
            caughtUp.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + topics, e);
        }
        if (!reader.isAlive()) {
            throw new IllegalStateException(topics + " could not be read to their end");
        }
    }

    private void read(List<TopicPartition> partitions, Map<TopicPartition, Long> end, CountDownLatch caughtUp) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (caughtUp.getCount() > 0 && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                    caughtUp.countDown();
                }
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    handler.accept(record);
                }
            }
        } catch (WakeupException stopping) {
            log.debug("{} stopped", name);
        } finally {
            caughtUp.countDown();
            consumer.close();
        }
    }

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

    public boolean isRunning() {
        return reader != null;
    }
}
