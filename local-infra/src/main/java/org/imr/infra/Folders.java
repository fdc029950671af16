package org.imr.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders that the local run, the tests and the benchmarks make and must not leave behind. */
public final class Folders {

    private Folders() {
    }

    /** Deletes the folder and everything in it; nothing when it does not exist. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    /** Deletes everything in the folder but the entries named {@code kept} (a run's logs, say). */
    public static void deleteAllBut(Path folder, String kept) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(entry -> !entry.getFileName().toString().equals(kept)).forEach(Folders::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
