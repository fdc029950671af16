"""Decodes one Kafka record value in Confluent's wire format with Python's Avro library and prints it as JSON.

Usage: decode_confluent_avro.py CCOMPAT_URL < value
The value is: magic byte 0, the writer schema's id (4 bytes, big-endian), the Avro binary encoding of the record.
The schema is fetched by id from the registry's Confluent-compatible API: GET {CCOMPAT_URL}/schemas/ids/{id}.
"""
import io
import json
import struct
import sys
import urllib.request

import avro.io
import avro.schema


def writer_schema(registry_url, schema_id):
    with urllib.request.urlopen(f"{registry_url.rstrip('/')}/schemas/ids/{schema_id}", timeout=30) as response:
        return avro.schema.parse(json.load(response)["schema"])


def decode(registry_url, value):
    if len(value) < 5 or value[0] != 0:
        raise SystemExit(f"not Confluent's wire format: {len(value)} bytes, first byte {value[:1]!r}")
    (schema_id,) = struct.unpack(">I", value[1:5])
    reader = avro.io.DatumReader(writer_schema(registry_url, schema_id))
    return schema_id, reader.read(avro.io.BinaryDecoder(io.BytesIO(value[5:])))


def main():
    schema_id, record = decode(sys.argv[1], sys.stdin.buffer.read())
    # dates come back as datetime.date, UUIDs as uuid.UUID: print them in ISO form
    print(json.dumps({"schemaId": schema_id, "record": record}, default=str, ensure_ascii=False))


if __name__ == "__main__":
    main()
