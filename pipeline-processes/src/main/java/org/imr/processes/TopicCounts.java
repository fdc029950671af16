package org.imr.processes;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;

/**
 * What the topics hold, as a downstream consumer reads them (committed records only): the letter records of every case
 * (how many, and when the first was written), and the records on every dead-letter topic.
 */
public final class TopicCounts {

    private final String bootstrapServers;

    public TopicCounts(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every case id with a letter record: how many records, and the timestamp of its first (ms). */
    public Map<String, Letters> letters() {
        Map<String, Letters> letters = new HashMap<>();
        readAll(Topics.LETTER_ISSUED.name(), record -> letters.merge(record.key(), new Letters(1, record.timestamp()),
                (a, b) -> new Letters(a.records() + b.records(), Math.min(a.firstAt(), b.firstAt()))));
        return letters;
    }

    /** The topics a case passes through on its way to a letter, in order. */
    private static final List<Topic<?>> CASE_PATH = List.of(Topics.CASE_RECEIVED, Topics.NO_ELIGIBLE_REVIEWER,
            Topics.REVIEWER_ASSIGNED, Topics.DETERMINATION_DRAFTED, Topics.DETERMINATION_ISSUED, Topics.LETTER_ISSUED);

    /**
     * For each of these cases, the furthest topic of its path to a letter that holds a record of it, with the record's
     * partition and offset ({@code topic-partition@offset}; "none" when no topic does): where a case that has no letter
     * stopped. Case ids only.
     */
    public Map<String, String> furthestTopics(Set<String> caseIds) {
        Map<String, String> furthest = new TreeMap<>();
        caseIds.forEach(id -> furthest.put(id, "none"));
        for (Topic<?> topic : CASE_PATH) {
            readAll(topic.name(), record -> {
                if (furthest.containsKey(record.key())) {
                    furthest.put(record.key(), record.topic() + "-" + record.partition() + "@" + record.offset());
                }
            });
        }
        return furthest;
    }

    /** The records on every dead-letter topic, by topic (topics without any left out). */
    public Map<String, Long> deadLetters() {
        Map<String, Long> counts = new HashMap<>();
        for (Topic<?> topic : Topics.ALL) {
            long[] count = {0};
            readAll(topic.deadLetterName(), record -> count[0]++);
            if (count[0] > 0) {
                counts.put(topic.deadLetterName(), count[0]);
            }
        }
        return counts;
    }

    /** The size in bytes of a record's value on the topic (the last one read; 0 when there is none). */
    public int lastRecordBytes(String topic) {
        int[] size = {0};
        readAll(topic, record -> size[0] = record.value() == null ? size[0] : record.value().length);
        return size[0];
    }

    /** How many letter records a case has, and when the first was written. */
    public record Letters(int records, long firstAt) {
    }

    private void readAll(String topic, java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "topic-counts-" + UUID.randomUUID());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }
}
