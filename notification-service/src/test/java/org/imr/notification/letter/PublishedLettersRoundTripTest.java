package org.imr.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Renders the content of every regular published letter and compares it with the letter, word for word. */
class PublishedLettersRoundTripTest {

    private static final Path DEV_LETTERS = Path.of("..", "..", "shared", "imr-letters", "dev");
    private static final String FIRST_HEADING = "HOW THE IMR FINAL DETERMINATION WAS MADE";

    private final LetterRenderer renderer = new LetterRenderer();

    @Test
    void rendersThePublishedLettersWording() throws IOException {
        assumeTrue(Files.isDirectory(DEV_LETTERS), "published letters not present: " + DEV_LETTERS.toAbsolutePath());
        List<String> compared = new ArrayList<>();
        List<String> different = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEV_LETTERS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                String published = read(file);
                Optional<FinalDeterminationLetter> content = PublishedLetterParser.parse(published);
                if (content.isEmpty()) {
                    continue;
                }
                compared.add(file.getFileName().toString());
                String rendered = renderer.render(content.get());
                assertThat(rendered.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(renderer.wrapWidth()));
                if (!words(rendered).equals(words(published))) {
                    different.add(file.getFileName().toString());
                }
            }
        }
        assertThat(compared).as("regular published letters").hasSizeGreaterThan(100);
        assertThat(different).as("letters whose wording differs, of %d compared", compared.size()).isEmpty();
    }

    /** The words from the first heading on; states of licensure are printed "A,B" in some letters. */
    private static String words(String letter) {
        return LetterText.wordsFrom(letter.replace("\f", ""), FIRST_HEADING).replaceAll(",(?=\\S)", ", ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
