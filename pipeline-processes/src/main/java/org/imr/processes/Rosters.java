package org.imr.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Roster files for the assignment service run as a process (a Spring resource location of a file). */
public final class Rosters {

    private Rosters() {
    }

    /**
     * Reviewers of every specialty the generated applications need, each with room for a million cases: nobody waits
     * for a reviewer, whatever the load.
     */
    public static String ample(Path directory) {
        Path file = directory.resolve("ample-roster.json");
        try (InputStream roster = Rosters.class.getResourceAsStream("/ample-roster.json")) {
            Files.createDirectories(directory);
            Files.copy(roster, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "file:" + file.toAbsolutePath();
    }
}
