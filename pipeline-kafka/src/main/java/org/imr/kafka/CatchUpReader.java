package org.imr.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads every partition of some topics from the beginning in a daemon thread, outside any consumer group (every
 * instance reads everything, nothing is committed): for state that every instance rebuilds from the topics.
 * {@link #start()} returns once the end each partition had at start-up is reached; reading then goes on until
 * {@link #stop()}. Each record goes to the handler on the reading thread; one it cannot handle now (a
 * {@link TransientFailureException}) is read again after a back-off, never skipped.
 */
public final class CatchUpReader {

    /** How long a reader waits before it reads again a record it could not handle for a transient reason. */
    static final Duration TRANSIENT_BACK_OFF = Duration.ofSeconds(1);

    /**
     * How long the broker may hold a reader's fetch while fewer bytes than the minimum have arrived. A reader keeps
     * state that no case waits for at each hop (the roster, the filing ledger, the workbench's cases), so it fetches at
     * most twice a second when little arrives, instead of the case listeners' twenty times: at rest, with every
     * consumer waiting 50 ms, the pipeline's processes spent about 0.35 of the machine's two cores on fetching nothing.
     * Catching up at start-up is not slowed: a fetch returns at once when enough bytes are there.
     */
    static final int FETCH_MAX_WAIT_MS = 500;

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
        Properties fetchSettings = new Properties();
        fetchSettings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Integer.toString(FETCH_MAX_WAIT_MS));
        consumer = consumers.createConsumer(null, name, null, fetchSettings);
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
                handle(consumer.poll(Duration.ofMillis(200)));
            }
        } catch (WakeupException | InterruptedException stopping) {
            log.debug("{} stopped", name);
        } finally {
            caughtUp.countDown();
            consumer.close();
        }
    }

    /**
     * Hands each record to the handler, partition by partition in offset order. When one cannot be handled now
     * ({@link TransientFailureException}: the registry unreachable, say), every partition of the poll is sought back to
     * its first record not handled and read again after {@link #TRANSIENT_BACK_OFF}, as long as it takes.
     */
    private void handle(ConsumerRecords<String, Object> records) throws InterruptedException {
        List<TopicPartition> partitions = List.copyOf(records.partitions());
        for (int p = 0; p < partitions.size(); p++) {
            for (ConsumerRecord<String, Object> record : records.records(partitions.get(p))) {
                try {
                    handler.accept(record);
                } catch (TransientFailureException unavailable) {
                    log.warn("{} cannot handle {}-{}@{} now ({}); read again in {}", name, record.topic(),
                            record.partition(), record.offset(), unavailable.getCause() == null ? "unavailable"
                                    : unavailable.getCause().getClass().getSimpleName(), TRANSIENT_BACK_OFF);
                    consumer.seek(partitions.get(p), record.offset());
                    partitions.subList(p + 1, partitions.size()).forEach(
                            later -> consumer.seek(later, records.records(later).getFirst().offset()));
                    Thread.sleep(TRANSIENT_BACK_OFF);
                    return;
                }
            }
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
