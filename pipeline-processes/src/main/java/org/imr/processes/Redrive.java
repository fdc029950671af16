package org.imr.processes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.imr.schemas.topics.Topic;

/**
 * Sends the records of a dead-letter topic back to their topic after the fault that sent them there was fixed: key,
 * value and headers as they were (the dead-letter headers left out, a {@value #REDRIVEN_FROM} header added), each
 * exactly once. The records taken and the re-drive's progress (its consumer group's offsets on the dead-letter topic)
 * commit in one Kafka transaction, so a re-drive stopped half-way and run again sends each record once, and a second
 * re-drive sends only what was dead-lettered since.
 */
public final class Redrive {

    /** Where a re-driven record came from: {@code <dead-letter topic>/<partition>/<offset>}. */
    public static final String REDRIVEN_FROM = "imr-redriven-from";
    private static final String DEAD_LETTER_HEADERS = "kafka_dlt-";
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;

    public Redrive(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Re-drives what the topic's dead-letter twin holds now; returns how many records were sent back. */
    public int redrive(Topic<?> topic) {
        String deadLetters = topic.deadLetterName();
        String id = "imr-redrive-" + topic.name();
        int sent = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(id), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(id), new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            producer.initTransactions();
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(Set.copyOf(partitions));
            partitions.forEach(p -> {
                if (done.get(p) == null) {
                    consumer.seekToBeginning(List.of(p));
                } else {
                    consumer.seek(p, done.get(p).offset());
                }
            });
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    producer.send(new ProducerRecord<>(topic.name(), null, record.key(), record.value(),
                            headersOf(record)));
                    progress.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    sent++;
                }
                producer.sendOffsetsToTransaction(progress, consumer.groupMetadata());
                producer.commitTransaction();
            }
        }
        return sent;
    }

    private static RecordHeaders headersOf(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        headers.add(REDRIVEN_FROM, (record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private Properties consumerConfig(String group) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    private Properties producerConfig(String transactionalId) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }
}
