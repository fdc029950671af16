package org.imr.kafka;

import java.util.Map;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The value serializer of every service's one producer: Avro through the registry (Confluent wire format) for events,
 * raw bytes as they are for the undecodable records a listener sends to a dead-letter topic. One producer for both, so
 * that a dead letter is written in the same Kafka transaction as the poll's other outputs and offsets.
 */
public class AvroOrBytesSerializer implements Serializer<Object> {

    private final AvroKafkaSerializer<Object> avro = new AvroKafkaSerializer<>();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        avro.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return data instanceof byte[] raw ? raw : avro.serialize(topic, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        return data instanceof byte[] raw ? raw : avro.serialize(topic, headers, data);
    }

    @Override
    public void close() {
        avro.close();
    }
}
