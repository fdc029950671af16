package org.imr.replay.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayMetricsTest {

    private static ItemComparison item(boolean realOverturned, PredictedOutcome predicted, String realCitation,
            String predictedCitation) {
        return new ItemComparison("CM16-0000001", 1, "item", realOverturned, realCitation, "real", predicted,
                predictedCitation, "pipeline");
    }

    @Test
    void computesBalancedAccuracyPrecisionRecallAndCitationAgreement() {
        String cited = "Decision based on MTUS Acupuncture Treatment 2007.";
        ReplayMetrics metrics = ReplayMetrics.of(List.of(
                item(true, PredictedOutcome.OVERTURNED, cited, "MTUS Acupuncture Treatment 2007"),
                item(true, PredictedOutcome.UPHELD, cited, "MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS"),
                item(false, PredictedOutcome.UPHELD, cited, "MTUS Acupuncture Treatment 2007"),
                item(false, PredictedOutcome.OVERTURNED, cited, "MTUS Acupuncture Treatment 2007"),
                item(false, PredictedOutcome.EXPERT_REVIEW_REQUIRED, cited, "")));
        assertThat(metrics.overturnedRecall()).isEqualTo(0.5);
        assertThat(metrics.upheldRecall()).isEqualTo(1.0 / 3);
        assertThat(metrics.balancedAccuracy()).isEqualTo((0.5 + 1.0 / 3) / 2);
        assertThat(metrics.overturnedPrecision()).isEqualTo(0.5);
        assertThat(metrics.citationAgreement()).isEqualTo(0.6);
        assertThat(metrics.machineLine()).isEqualTo(
                "balanced_accuracy=0.42 overturned_recall=0.50 overturned_precision=0.50 citation_agreement=0.60 items=5");
    }

    @Test
    void citationKeysCompareThePrimaryCitationOnly() {
        assertThat(CitationKey.of("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical "
                + "medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck"))
                .isEqualTo(CitationKey.of("MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment"));
        assertThat(CitationKey.of("The Expert Reviewer based their decision on recommendation(s) outside of the MTUS "
                + "Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Head, CT."))
                .isEqualTo("official disability guidelines (odg) head, ct");
        assertThat(CitationKey.of("The Expert Reviewer did not cite any medical evidence for its decision."))
                .isEqualTo(CitationKey.NONE);
    }
}
