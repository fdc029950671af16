package org.imr.schemas.topics;

import java.util.Objects;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * One Kafka topic of the pipeline: its name, what its records are keyed by, the Avro type of its values,
 * and the one service allowed to write it. Declared once, in {@link Topics}; code and tests use the declaration,
 * never the name as a literal.
 */
public record Topic<V extends SpecificRecord>(String name, KeyKind key, Class<V> valueType, String writer, boolean compacted) {

    /** Suffix of every dead-letter twin. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(writer, "writer");
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

    /** What a topic's records are keyed by. */
    public enum KeyKind {
        CASE_ID, REVIEWER_ID
    }
}
