package org.imr.schemas.topics;

import java.util.Objects;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * One Kafka topic of the pipeline: its name, what its records are keyed by, the Avro type of its values, the one
 * service allowed to write it and how long its records are kept. Declared once, in {@link Topics}; code and tests use
 * the declaration, never the name as a literal.
 */
public record Topic<V extends SpecificRecord>(String name, KeyKind key, Class<V> valueType, String writer,
        Retention retention) {

    /** Suffix of every dead-letter twin. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(retention, "retention");
    }

    /** Whether only the latest record of each key is kept. */
    public boolean compacted() {
        return retention == Retention.COMPACTED;
    }

    /** The topic where records of this one go when they cannot be decoded or processed. */
    public String deadLetterName() {
        return name + DEAD_LETTER_SUFFIX;
    }

    /** The Avro schema of the topic's values, as generated. */
    public Schema valueSchema() {
        return SpecificData.get().getSchema(valueType);
    }

    /** The registry subject of the value schema under the topic-name strategy. */
    public String valueSubject() {
        return name + "-value";
    }

    /**
     * How long a topic keeps its records. Every topic a service rebuilds state from (the filing ledger, case tracking,
     * the assignment's take-over) must keep them for good: with Kafka's default of 7 days, that state would lose its
     * history after a week.
     */
    public enum Retention {
        /** Every record, for good (retention.ms and retention.bytes -1). */
        FOREVER,
        /** The latest record of each key, for good (cleanup.policy=compact). */
        COMPACTED
    }

    /** What a topic's records are keyed by. */
    public enum KeyKind {
        CASE_ID, REVIEWER_ID
    }
}
