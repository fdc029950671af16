package org.imr.schemas.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;

/**
 * The released value schema of every topic, one file per version: {@code schema-baselines/<subject>/v<n>.avsc}.
 * Running {@link #main} after a compatible schema change records the current schemas as the next versions.
 */
final class SchemaBaselines {

    static final Path DIRECTORY = Path.of("src", "test", "resources", "schema-baselines");

    private SchemaBaselines() {
    }

    static Optional<Schema> latest(Topic<?> topic) {
        return latestFile(DIRECTORY, topic).map(SchemaBaselines::parse);
    }

    /**
     * Records each topic's current schema as its next version where it differs from the latest one, in the baseline
     * folder given as the argument (the tests read {@link #DIRECTORY}, relative to the schemas module).
     */
    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : DIRECTORY;
        for (Topic<?> topic : Topics.ALL) {
            Schema current = topic.valueSchema();
            if (latestFile(directory, topic).map(SchemaBaselines::parse).filter(current::equals).isPresent()) {
                continue;
            }
            int next = latestFile(directory, topic).map(SchemaBaselines::versionOf).orElse(0) + 1;
            Path file = directory.resolve(topic.valueSubject()).resolve("v" + next + ".avsc");
            Files.createDirectories(file.getParent());
            Files.writeString(file, current.toString(true) + System.lineSeparator());
            System.out.println("recorded " + file);
        }
    }

    private static Optional<Path> latestFile(Path baselines, Topic<?> topic) {
        Path directory = baselines.resolve(topic.valueSubject());
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("v\\d+\\.avsc"))
                    .max(Comparator.comparingInt(SchemaBaselines::versionOf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int versionOf(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
    }

    private static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
