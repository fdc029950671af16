package org.imr.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;

/**
 * Decodes a record the way a Confluent client does, with nothing of this project: magic byte 0, a 4-byte schema id,
 * the schema fetched by id from the registry's Confluent-compatible API, then plain Avro binary.
 */
final class ConfluentWireFormat {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ConfluentWireFormat() {
    }

    static GenericRecord decode(byte[] value, String confluentCompatibleUrl) throws IOException, InterruptedException {
        ByteBuffer buffer = ByteBuffer.wrap(value);
        if (buffer.get() != 0) {
            throw new AssertionError("not Confluent wire format: the first byte is not the magic byte 0");
        }
        int schemaId = buffer.getInt();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(confluentCompatibleUrl + "/schemas/ids/" + schemaId)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("schema id " + schemaId + " not served by the compatible API: HTTP " + response.statusCode());
        }
        String schemaJson = new tools.jackson.databind.ObjectMapper().readTree(response.body()).get("schema").asString();
        Schema schema = new Schema.Parser().parse(schemaJson);
        return new GenericDatumReader<GenericRecord>(schema).read(null,
                DecoderFactory.get().binaryDecoder(value, buffer.position(), buffer.remaining(), null));
    }
}
