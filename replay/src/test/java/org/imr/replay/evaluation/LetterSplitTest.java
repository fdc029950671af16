package org.imr.replay.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LetterSplitTest {

    @Test
    void theSameCaseNumberIsAlwaysInTheSamePartWhateverItsSpelling() {
        assertThat(LetterSplit.partOf("cm16-0213037 ")).isEqualTo(LetterSplit.partOf("CM16-0213037"));
    }

    @Test
    void aboutThirtyPercentOfCaseNumbersAreHeldOut() {
        long check = IntStream.range(0, 10_000)
                .mapToObj(number -> String.format("CM16-%07d", number))
                .filter(caseNumber -> LetterSplit.partOf(caseNumber) == LetterSplit.Part.CHECK)
                .count();
        assertThat(check).isBetween(2_800L, 3_200L);
    }

    @Test
    void theReportNeverPrintsAnItemOfTheCheckPartAndFiguresOnlyPrintsNoItemAtAll() {
        String checkCase = caseIn(LetterSplit.Part.CHECK);
        String fittingCase = caseIn(LetterSplit.Part.FITTING);
        ReplayReport report = new ReplayReport(List.of(
                wrong(checkCase, "held-out item"), wrong(fittingCase, "fitting item")), List.of());

        String full = printed(report::print);
        String items = printed(report::printItems);
        String figures = printed(report::printFigures);

        assertThat(full).contains("fitting item").doesNotContain("held-out item").doesNotContain(checkCase);
        assertThat(items).contains("fitting item").doesNotContain("held-out item");
        assertThat(figures).doesNotContain("fitting item").doesNotContain("held-out item")
                .contains("== check part", "check: balanced_accuracy=0.00", "fitting: balanced_accuracy=0.00")
                .endsWith("items=2" + System.lineSeparator());
    }

    private static ItemComparison wrong(String caseNumber, String description) {
        return new ItemComparison(caseNumber, 1, description, true, "Decision based on MTUS", "real",
                PredictedOutcome.UPHELD, "MTUS", "pipeline");
    }

    private static String caseIn(LetterSplit.Part part) {
        return IntStream.range(0, 100).mapToObj(number -> String.format("CM17-%07d", number))
                .filter(caseNumber -> LetterSplit.partOf(caseNumber) == part).findFirst().orElseThrow();
    }

    private static String printed(java.util.function.Consumer<PrintStream> printer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        printer.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
