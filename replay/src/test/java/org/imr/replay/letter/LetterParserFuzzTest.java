package org.imr.replay.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.imr.replay.application.LetterApplication;
import org.imr.replay.application.ServiceTypeClassifier;

/**
 * The replay's letter parser under fuzzed letters (Jazzer, coverage-guided): whatever the text, it reads a letter or
 * says which part is missing ({@link LetterParseException}), never fails otherwise, and a letter it reads becomes an
 * application. Most inputs are real letters with fuzzed splices (a heading cut, a date garbled, an item's decision
 * replaced), so that the fuzzer starts deep. {@code ./imr test} fuzzes it for a bounded time (surefire execution
 * {@code fuzz}, {@code JAZZER_FUZZ=1}); other runs replay the inputs found so far.
 */
class LetterParserFuzzTest {

    private static final List<String> LETTERS = List.of("CM16-0213037", "CM16-0230548", "CM16-0240259").stream()
            .map(LetterParserFuzzTest::read).toList();

    private final LetterParser parser = new LetterParser();
    private final LetterApplication applications = new LetterApplication(ServiceTypeClassifier.fromClasspath());

    @FuzzTest(maxDuration = "20s")
    @DictionaryEntries({"CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND RATIONALES", "Case Number:", "CM16-0000001",
            "Date Assigned:", "Date of Injury:", "Decision Date:", "UR Denial Date:", "Priority:", "Application",
            "13/45/2016", "99/99/9999", ": Upheld", ": Overturned", "MAXIMUS guideline:", "Decision rationale:",
            "Claims Administrator guideline:"})
    void everyTextIsALetterOrAProblemNamingTheMissingPart(FuzzedDataProvider data) {
        String text = data.consumeBoolean() ? data.consumeRemainingAsString()
                : spliced(data, LETTERS.get(data.consumeInt(0, LETTERS.size() - 1)));
        PublishedLetter letter;
        try {
            letter = parser.parse("fuzzed.txt", text);
        } catch (LetterParseException missing) {
            assertThat(missing.getMessage()).startsWith("fuzzed.txt: ");
            return;
        }
        assertThat(letter.caseNumber()).matches("CM\\d{2}-\\d{7}");
        assertThat(letter.items()).isNotEmpty().allSatisfy(item -> assertThat(item.description()).isNotBlank());
        assertThat(applications.toJson(letter)).contains("\"applicationId\"");
    }

    /** The letter with a few fuzzed pieces put in at fuzzed places. */
    private static String spliced(FuzzedDataProvider data, String letter) {
        String text = letter;
        for (int splices = data.consumeInt(1, 4); splices > 0 && !text.isEmpty(); splices--) {
            int from = data.consumeInt(0, text.length());
            int to = data.consumeInt(from, Math.min(text.length(), from + 200));
            text = text.substring(0, from) + data.consumeString(100) + text.substring(to);
        }
        return text;
    }

    private static String read(String caseNumber) {
        try (InputStream in = LetterParserFuzzTest.class.getResourceAsStream("/letters/" + caseNumber + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
