package org.imr.replay.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The letters of a folder (every {@code *.txt}, in name order); a letter that cannot be read is a problem, not a stop. */
public final class LetterFolder {

    private final List<PublishedLetter> letters = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public static LetterFolder read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Not a folder of letters: " + folder);
        }
        LetterFolder result = new LetterFolder();
        LetterParser parser = new LetterParser();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                try {
                    result.letters.add(parser.parse(file.getFileName().toString(),
                            Files.readString(file, StandardCharsets.UTF_8)));
                } catch (LetterParseException e) {
                    result.problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    public List<PublishedLetter> letters() {
        return List.copyOf(letters);
    }

    /** One line per letter that could not be read, naming the file and what is missing. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
