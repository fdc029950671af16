package org.imr.intake.tracking.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.imr.schemas.topics.Topic;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Repository;

/**
 * Every record of a dead-letter twin ({@code <topic>-dlt}): where it is, the topic it came from, its case, and the
 * class of the exception that sent it there. The record's value and the exception's message are never kept (PHI).
 */
@Repository
class DeadLetterTable {

    private final JdbcTemplate jdbc;

    DeadLetterTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(List<ConsumerRecord<String, byte[]>> records) {
        jdbc.batchUpdate("""
                INSERT INTO dead_letter (topic, partition, record_offset, source_topic, case_id, reason, at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", records.stream().map(record -> new Object[] {
                record.topic(), record.partition(), record.offset(), sourceTopic(record), record.key(),
                reason(record), Instant.ofEpochMilli(record.timestamp()).atOffset(ZoneOffset.UTC)}).toList());
    }

    private static String sourceTopic(ConsumerRecord<String, byte[]> record) {
        String original = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        return original != null ? original : record.topic().endsWith(Topic.DEAD_LETTER_SUFFIX)
                ? record.topic().substring(0, record.topic().length() - Topic.DEAD_LETTER_SUFFIX.length())
                : record.topic();
    }

    /** The exception's simple class name, e.g. {@code DeserializationException}. */
    private static String reason(ConsumerRecord<String, byte[]> record) {
        String className = header(record, KafkaHeaders.DLT_EXCEPTION_FQCN);
        return className == null ? null : className.substring(className.lastIndexOf('.') + 1);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
