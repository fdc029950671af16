package org.imr.replay.evaluation;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The replay's report: counts, agreement, balanced accuracy, Overturned precision and recall, the confusion matrix,
 * citation agreement, the disagreements with both rationales, and last the machine-readable line.
 */
public final class ReplayReport {

    private final List<ItemComparison> comparisons;
    private final List<String> problems;

    public ReplayReport(List<ItemComparison> comparisons, List<String> problems) {
        this.comparisons = List.copyOf(comparisons);
        this.problems = List.copyOf(problems);
    }

    public void print(PrintStream out) {
        ReplayMetrics metrics = ReplayMetrics.of(comparisons);
        printDisagreements(out);
        problems.forEach(problem -> out.println("not replayed: " + problem));
        out.println();
        out.printf(Locale.ROOT, "letters: %d, items: %d, items the pipeline decided: %d%n",
                comparisons.stream().map(ItemComparison::caseNumber).distinct().count(), metrics.items(),
                comparisons.stream().filter(item -> item.predicted() != PredictedOutcome.NONE).count());
        out.printf(Locale.ROOT, "agreement: %.3f  balanced accuracy: %.3f%n", metrics.agreement(), metrics.balancedAccuracy());
        out.printf(Locale.ROOT, "Overturned precision: %.3f  Overturned recall: %.3f  Upheld recall: %.3f%n",
                metrics.overturnedPrecision(), metrics.overturnedRecall(), metrics.upheldRecall());
        out.printf(Locale.ROOT, "citation agreement: %.3f (%d of %d; the same first citation line word for word: %d)%n",
                metrics.citationAgreement(), metrics.citationsAgreeing(), metrics.items(), metrics.citationsIdentical());
        out.println("confusion matrix (rows: real letter, columns: pipeline)");
        out.printf(Locale.ROOT, "%-12s %8s %10s %14s %6s%n", "", "UPHELD", "OVERTURNED", "EXPERT_REVIEW", "NONE");
        printRow(out, "Upheld", metrics.realUpheld());
        printRow(out, "Overturned", metrics.realOverturned());
        out.println(metrics.machineLine());
    }

    /**
     * One tab-separated line per item: case number, item, real decision, pipeline outcome, pipeline citation, item,
     * whether the citations agree, the real letter's citation.
     */
    public void printItems(PrintStream out) {
        for (ItemComparison item : comparisons) {
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

    private void printDisagreements(PrintStream out) {
        for (ItemComparison item : comparisons) {
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
