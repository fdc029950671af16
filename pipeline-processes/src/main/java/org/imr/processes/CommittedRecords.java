package org.imr.processes;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a stretch of a partition as a {@code read_committed} consumer does, to count its records: offsets held by
 * transaction markers or by records of aborted transactions are not records a consumer group has to take. A stretch
 * longer than {@value #READ_AT_MOST} offsets is counted as that many records, unread.
 */
final class CommittedRecords implements AutoCloseable {

    static final long READ_AT_MOST = 100;
    /** Polls as short as the broker's wait for data: a stretch of markers only returns no record, and its end is known. */
    private static final Duration POLL = Duration.ofMillis(20);
    private static final int EMPTY_POLLS = 50;

    private final KafkaConsumer<byte[], byte[]> consumer;

    CommittedRecords(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The committed records from {@code from} up to {@code to} (exclusive). */
    long countBetween(TopicPartition partition, long from, long to) {
        if (to - from > READ_AT_MOST) {
            return to - from;
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        long records = 0;
        for (int empty = 0; consumer.position(partition) < to && empty < EMPTY_POLLS; ) {
            List<ConsumerRecord<byte[], byte[]>> polled = consumer.poll(POLL).records(partition);
            empty = polled.isEmpty() ? empty + 1 : 0;
            records += polled.stream().filter(record -> record.offset() < to).count();
        }
        return consumer.position(partition) < to ? to - from : records;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
