package org.imr.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.imr.infra.PipelineInfrastructure;
import org.imr.schemas.topics.Topic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the rows of a service's hostile-input matrix: each request must get its 4xx as RFC 9457 problem details
 * ({@code application/problem+json}, a {@code status} equal to the answer's, a title), naming the field or limit
 * the row expects, repeating nothing the request carried ({@link HostileRequest#MARKER}), naming no Java class; and
 * nothing may be published on the service's topics (their end offsets are unchanged) nor stored (the service's own
 * probe of its storage is unchanged). Each row's outcome is appended to {@code target/hostile-input-matrix.md}.
 */
public final class HostileInputMatrix {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String service;
    private final PipelineInfrastructure infrastructure;
    private final List<Topic<?>> writtenTopics;
    private final Supplier<Object> storage;

    /**
     * @param writtenTopics the topics nothing may reach (those the service writes)
     * @param storage       what the service keeps outside Kafka, as anything comparable with equals (e.g. a file
     *                      count); null when it keeps nothing
     */
    public HostileInputMatrix(String service, PipelineInfrastructure infrastructure, List<Topic<?>> writtenTopics,
            Supplier<Object> storage) {
        this.service = service;
        this.infrastructure = infrastructure;
        this.writtenTopics = List.copyOf(writtenTopics);
        this.storage = storage == null ? () -> null : storage;
    }

    public void check(int port, HostileRequest row) throws IOException {
        Map<TopicPartition, Long> endsBefore = endOffsets();
        Object storedBefore = storage.get();

        RawHttp.Answer answer = RawHttp.send(port, row);
        record(row, answer);

        assertThat(answer.status()).as("status of: %s", row.kind()).isEqualTo(row.expectedStatus());
        assertThat(answer.header("Content-Type")).as("content type of: %s", row.kind())
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as("problem status of: %s", row.kind()).isEqualTo(answer.status());
        assertThat(problem.path("title").asString("")).as("problem title of: %s", row.kind()).isNotBlank();
        if (row.names() != null) {
            assertThat(answer.body()).as("what the problem of '%s' names", row.kind()).contains(row.names());
        }
        assertThat(answer.body()).as("echo in the answer to: %s", row.kind())
                .doesNotContain(HostileRequest.MARKER).doesNotContain("java.").doesNotContain("Exception")
                .doesNotContain("org.imr").doesNotContain("tools.jackson");
        assertThat(endOffsets()).as("records published after: %s", row.kind()).isEqualTo(endsBefore);
        assertThat(storage.get()).as("storage after: %s", row.kind()).isEqualTo(storedBefore);
    }

    private Map<TopicPartition, Long> endOffsets() {
        if (writtenTopics.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "matrix-" + UUID.randomUUID());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = writtenTopics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic.name()).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    private void record(HostileRequest row, RawHttp.Answer answer) {
        String field = "";
        try {
            JsonNode errors = JSON.readTree(answer.body()).path("errors");
            field = errors.isArray() && !errors.isEmpty() ? errors.get(0).path("field").asString("")
                    + ": " + errors.get(0).path("message").asString("") : JSON.readTree(answer.body()).path("detail").asString("");
        } catch (RuntimeException notJson) {
            field = "(not JSON)";
        }
        String line = "| %s | %s | %s %s | %d %s | %s |%n".formatted(service, row.kind(), row.method(),
                abbreviated(row.target()), answer.status(), answer.header("Content-Type"), field.replace("|", "\\|"));
        try {
            Files.writeString(Path.of("target", "hostile-input-matrix.md"), line, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String target) {
        return target.length() <= 60 ? target : target.substring(0, 57) + "...";
    }
}
