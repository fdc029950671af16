package org.imr.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The build fails when a topic's value schema can no longer read what its released version wrote (BACKWARD, the
 * registry's rule), or when an old reader could not read the new one's records (FORWARD), so consumers may upgrade
 * in any order. After a compatible change, record the new version: see the schemas README.
 */
class SchemaCompatibilityTest {

    static final List<Topic<?>> TOPICS = Topics.ALL;

    @ParameterizedTest
    @FieldSource("TOPICS")
    void everyTopicHasAReleasedSchemaVersion(Topic<?> topic) {
        assertThat(SchemaBaselines.latest(topic))
                .as("no released schema for %s: run SchemaBaselines.main (see schemas/README.md)", topic.valueSubject())
                .isPresent();
    }

    @ParameterizedTest
    @FieldSource("TOPICS")
    void theCurrentSchemaIsFullyCompatibleWithTheReleasedOne(Topic<?> topic) {
        Schema released = SchemaBaselines.latest(topic).orElseThrow();
        Schema current = topic.valueSchema();

        assertThat(problems(current, released)).as("backward: new readers, old records").isEmpty();
        assertThat(problems(released, current)).as("forward: old readers, new records").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("TOPICS")
    void everyEnumHasADefaultSymbolSoOldReadersSurviveNewSymbols(Topic<?> topic) {
        List<String> withoutDefault = new ArrayList<>();
        collectEnumsWithoutDefault(topic.valueSchema(), new HashSet<>(), withoutDefault);
        assertThat(withoutDefault).isEmpty();
    }

    @Test
    void theCheckRejectsANewFieldWithoutADefault() {
        Schema released = Topics.CASE_RECEIVED.valueSchema();
        List<Schema.Field> fields = new ArrayList<>();
        released.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(new Schema.Field("mandatoryNewField", Schema.create(Schema.Type.STRING)));
        Schema changed = Schema.createRecord(released.getName(), released.getDoc(), released.getNamespace(), false, fields);

        assertThat(problems(changed, released)).isNotEmpty();
    }

    private static List<String> problems(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        return result.getType() == SchemaCompatibilityType.COMPATIBLE ? List.of()
                : result.getResult().getIncompatibilities().stream().map(Object::toString).toList();
    }

    private static void collectEnumsWithoutDefault(Schema schema, Set<String> seen, List<String> withoutDefault) {
        switch (schema.getType()) {
            case ENUM -> {
                if (schema.getEnumDefault() == null) {
                    withoutDefault.add(schema.getFullName());
                }
            }
            case RECORD -> {
                if (seen.add(schema.getFullName())) {
                    schema.getFields().forEach(f -> collectEnumsWithoutDefault(f.schema(), seen, withoutDefault));
                }
            }
            case ARRAY -> collectEnumsWithoutDefault(schema.getElementType(), seen, withoutDefault);
            case MAP -> collectEnumsWithoutDefault(schema.getValueType(), seen, withoutDefault);
            case UNION -> schema.getTypes().forEach(t -> collectEnumsWithoutDefault(t, seen, withoutDefault));
            default -> { }
        }
    }
}
