package org.imr.replay.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Agreement of replayed items with the real letters. Overturned is the positive class; an item referred to the
 * expert reviewer or left without a determination counts as wrong whatever the real decision was.
 */
public record ReplayMetrics(int items, Map<PredictedOutcome, Integer> realUpheld, Map<PredictedOutcome, Integer> realOverturned,
        int citationsAgreeing, int citationsIdentical) {

    public static ReplayMetrics of(List<ItemComparison> comparisons) {
        Map<PredictedOutcome, Integer> upheld = new EnumMap<>(PredictedOutcome.class);
        Map<PredictedOutcome, Integer> overturned = new EnumMap<>(PredictedOutcome.class);
        for (PredictedOutcome outcome : PredictedOutcome.values()) {
            upheld.put(outcome, 0);
            overturned.put(outcome, 0);
        }
        int citations = 0;
        int identical = 0;
        for (ItemComparison item : comparisons) {
            (item.realOverturned() ? overturned : upheld).merge(item.predicted(), 1, Integer::sum);
            citations += item.citationAgrees() ? 1 : 0;
            identical += item.citationIdentical() ? 1 : 0;
        }
        return new ReplayMetrics(comparisons.size(), Map.copyOf(upheld), Map.copyOf(overturned), citations, identical);
    }

    public double agreement() {
        return ratio(realUpheld.get(PredictedOutcome.UPHELD) + realOverturned.get(PredictedOutcome.OVERTURNED), items);
    }

    public double overturnedRecall() {
        return ratio(realOverturned.get(PredictedOutcome.OVERTURNED), total(realOverturned));
    }

    public double upheldRecall() {
        return ratio(realUpheld.get(PredictedOutcome.UPHELD), total(realUpheld));
    }

    public double overturnedPrecision() {
        return ratio(realOverturned.get(PredictedOutcome.OVERTURNED),
                realOverturned.get(PredictedOutcome.OVERTURNED) + realUpheld.get(PredictedOutcome.OVERTURNED));
    }

    public double balancedAccuracy() {
        return (overturnedRecall() + upheldRecall()) / 2;
    }

    /** The share of items referred to the expert reviewer. */
    public double referredShare() {
        return ratio(realUpheld.get(PredictedOutcome.EXPERT_REVIEW_REQUIRED)
                + realOverturned.get(PredictedOutcome.EXPERT_REVIEW_REQUIRED), items);
    }

    public double citationAgreement() {
        return ratio(citationsAgreeing, items);
    }

    /** The report's last line. */
    public String machineLine() {
        return String.format(Locale.ROOT,
                "balanced_accuracy=%.2f overturned_recall=%.2f overturned_precision=%.2f citation_agreement=%.2f items=%d",
                balancedAccuracy(), overturnedRecall(), overturnedPrecision(), citationAgreement(), items);
    }

    private static int total(Map<PredictedOutcome, Integer> row) {
        return row.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
