package org.imr.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;

/**
 * Apicurio's datum provider, but the writer is looked up by the schema itself rather than by its parsing fingerprint,
 * which the default computes again for every record (the canonical form of the whole case schema: most of the cost of
 * a send in bulk intake). Avro schemas cache their hash code, and generated classes share one schema instance.
 * The same for readers (the deserializer keeps one schema instance per id). Configured for every service's serdes with
 * {@code apicurio.registry.avro-datum-provider} in {@code imr-kafka-defaults.yml}.
 */
public class CachingAvroDatumProvider<T> extends DefaultAvroDatumProvider<T> {

    private final Map<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();
    private final Map<Schema, DatumReader<T>> readers = new ConcurrentHashMap<>();

    @Override
    public DatumWriter<T> createDatumWriter(T data, Schema schema) {
        return writers.computeIfAbsent(schema, s -> super.createDatumWriter(data, s));
    }

    @Override
    public DatumReader<T> createDatumReader(Schema schema) {
        return readers.computeIfAbsent(schema, super::createDatumReader);
    }
}
