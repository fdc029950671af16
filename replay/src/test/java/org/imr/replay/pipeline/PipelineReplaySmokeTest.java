package org.imr.replay.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.imr.replay.evaluation.ReplayReport;
import org.imr.replay.letter.LetterFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three real letters through the whole pipeline on the embedded stack: every item comes back decided. */
class PipelineReplaySmokeTest {

    @Test
    void replaysRealLettersThroughIntakeToTheDetermination(@TempDir Path dataDirectory) throws Exception {
        Path letters = Path.of(PipelineReplaySmokeTest.class.getResource("/letters").toURI());
        int items = LetterFolder.read(letters).letters().stream().mapToInt(letter -> letter.items().size()).sum();

        ReplayReport report = new PipelineReplay(dataDirectory).replay(letters);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);
        String[] lines = text.strip().split("\n");
        assertThat(text).doesNotContain("not replayed");
        assertThat(lines[lines.length - 1]).matches("balanced_accuracy=\\d\\.\\d\\d overturned_recall=\\d\\.\\d\\d "
                + "overturned_precision=\\d\\.\\d\\d citation_agreement=\\d\\.\\d\\d items=" + items);
        assertThat(text).containsPattern("(?m)^Upheld\\s+\\d+\\s+\\d+\\s+\\d+\\s+0$")
                .containsPattern("(?m)^Overturned\\s+\\d+\\s+\\d+\\s+\\d+\\s+0$");
    }
}
