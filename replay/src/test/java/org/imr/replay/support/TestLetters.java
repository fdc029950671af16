package org.imr.replay.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.imr.replay.letter.LetterParser;
import org.imr.replay.letter.PublishedLetter;

/** Real letters copied from the development set into the test resources. */
public final class TestLetters {

    private TestLetters() {
    }

    public static PublishedLetter letter(String caseNumber) {
        try (InputStream in = TestLetters.class.getResourceAsStream("/letters/" + caseNumber + ".txt")) {
            return new LetterParser().parse(caseNumber, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
