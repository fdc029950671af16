package org.imr.replay.evaluation;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The replay's report: the disagreements with both rationales (of the fitting part only: the check part's items are
 * never printed, see {@link LetterSplit}), then for the fitting part, the check part and all letters the counts,
 * agreement, balanced accuracy, Overturned precision and recall, items referred, the confusion matrix and citation
 * agreement, and last the machine-readable line of all letters.
 */
public final class ReplayReport {

    private final List<ItemComparison> comparisons;
    private final List<String> problems;

    public ReplayReport(List<ItemComparison> comparisons, List<String> problems) {
        this.comparisons = List.copyOf(comparisons);
        this.problems = List.copyOf(problems);
    }

    /** The whole report: the fitting part's disagreements, then every part's figures. */
    public void print(PrintStream out) {
        printDisagreements(out);
        printFigures(out);
    }

    /** Figures only: of the fitting part, the check part and all letters, with no item. */
    public void printFigures(PrintStream out) {
        problems.forEach(problem -> out.println("not replayed: " + problem));
        for (LetterSplit.Part part : LetterSplit.Part.values()) {
            List<ItemComparison> inPart = comparisons.stream()
                    .filter(item -> LetterSplit.partOf(item.caseNumber()) == part).toList();
            out.println();
            out.println("== " + part.label());
            printFiguresOf(out, inPart);
            out.println(part.name().toLowerCase(Locale.ROOT) + ": " + ReplayMetrics.of(inPart).machineLine());
        }
        out.println();
        out.println("== all letters");
        printFiguresOf(out, comparisons);
        out.println(ReplayMetrics.of(comparisons).machineLine());
    }

    private static void printFiguresOf(PrintStream out, List<ItemComparison> comparisons) {
        ReplayMetrics metrics = ReplayMetrics.of(comparisons);
        out.printf(Locale.ROOT, "letters: %d, items: %d, items the pipeline decided: %d, referred: %.3f%n",
                comparisons.stream().map(ItemComparison::caseNumber).distinct().count(), metrics.items(),
                comparisons.stream().filter(item -> item.predicted() != PredictedOutcome.NONE).count(),
                metrics.referredShare());
        out.printf(Locale.ROOT, "agreement: %.3f  balanced accuracy: %.3f%n", metrics.agreement(), metrics.balancedAccuracy());
        out.printf(Locale.ROOT, "Overturned precision: %.3f  Overturned recall: %.3f  Upheld recall: %.3f%n",
                metrics.overturnedPrecision(), metrics.overturnedRecall(), metrics.upheldRecall());
        out.printf(Locale.ROOT, "citation agreement: %.3f (%d of %d; the same first citation line word for word: %d)%n",
                metrics.citationAgreement(), metrics.citationsAgreeing(), metrics.items(), metrics.citationsIdentical());
        out.println("confusion matrix (rows: real letter, columns: pipeline)");
        out.printf(Locale.ROOT, "%-12s %8s %10s %14s %6s%n", "", "UPHELD", "OVERTURNED", "EXPERT_REVIEW", "NONE");
        printRow(out, "Upheld", metrics.realUpheld());
        printRow(out, "Overturned", metrics.realOverturned());
    }

    /**
     * One tab-separated line per item of the fitting part (never of the check part): case number, item, real decision, pipeline outcome, pipeline citation, item,
     * whether the citations agree, the real letter's citation.
     */
    public void printItems(PrintStream out) {
        for (ItemComparison item : fittingPart()) {
            out.println(String.join("\t", item.caseNumber(), Integer.toString(item.itemNumber()),
                    item.realOverturned() ? "Overturned" : "Upheld", item.predicted().name(), item.predictedCitation(),
                    item.description(), item.citationAgrees() ? "citation-agrees" : "citation-differs",
                    item.realCitation()));
        }
    }

    private static void printRow(PrintStream out, String label, java.util.Map<PredictedOutcome, Integer> row) {
        out.printf(Locale.ROOT, "%-12s %8d %10d %14d %6d%n", label, row.get(PredictedOutcome.UPHELD),
                row.get(PredictedOutcome.OVERTURNED), row.get(PredictedOutcome.EXPERT_REVIEW_REQUIRED),
                row.get(PredictedOutcome.NONE));
    }

    private List<ItemComparison> fittingPart() {
        return comparisons.stream()
                .filter(item -> LetterSplit.partOf(item.caseNumber()) == LetterSplit.Part.FITTING).toList();
    }

    private void printDisagreements(PrintStream out) {
        for (ItemComparison item : fittingPart()) {
            if (item.outcomeAgrees() && item.citationAgrees()) {
                continue;
            }
            out.println("=== " + item.caseNumber() + " item " + item.itemNumber() + ": " + item.description());
            out.println("  real:     " + (item.realOverturned() ? "Overturned" : "Upheld") + " | " + item.realCitation());
            out.println("  pipeline: " + item.predicted() + " | " + item.predictedCitation());
            if (!item.outcomeAgrees()) {
                out.println("  real rationale:     " + item.realRationale());
                out.println("  pipeline rationale: " + item.predictedRationale());
            }
        }
    }
}
