package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A result reported in the words of letters and notes, the level or study named with its reading near it: a low
 * testosterone level (MTUS Chronic Pain, Testosterone replacement for hypogonadism related to opioids: documented low
 * testosterone levels), nerve conduction studies that did not establish the diagnosis (ACOEM ch. 11, Special Studies:
 * electromyography only where nerve conduction studies alone do not), a stimulator trial that relieved the pain (MTUS
 * Chronic Pain, Spinal cord stimulators: only following a successful temporary trial), not the same tests normal or
 * abnormal, nor a trial without relief or still planned.
 */
class ResultsReportedLowOrInconclusiveTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            LOW_TESTOSTERONE              | Testosterone cypionate 200 mg/mL | Total testosterone 180 ng/dL, low. | true
            LOW_TESTOSTERONE              | AndroGel 1.62%                   | Serum testosterone low at 210 ng/dL. | true
            LOW_TESTOSTERONE              | Testosterone 1% gel              | Free testosterone below the reference range. | true
            LOW_TESTOSTERONE              | Testosterone cypionate 200 mg/mL | Testosterone normal at 550 ng/dL; low libido. | false
            LOW_TESTOSTERONE              | AndroGel 1.62%                   | Fatigue and low libido; testosterone level not checked. | false
            NERVE_CONDUCTION_INCONCLUSIVE | EMG of the right upper extremity | NCS of the right wrist were equivocal. | true
            NERVE_CONDUCTION_INCONCLUSIVE | EMG of the left upper extremity  | NCS/NCV normal but symptoms persist. | true
            NERVE_CONDUCTION_INCONCLUSIVE | EMG R upper extremity            | NCS borderline for CTS. | true
            NERVE_CONDUCTION_INCONCLUSIVE | EMG of the left upper extremity  | Nerve conduction studies show moderate CTS with prolonged median latencies. | false
            SUCCESSFUL_STIMULATOR_TRIAL   | Spinal cord stimulator implant   | The SCS trial gave 60% relief with less medication. | true
            SUCCESSFUL_STIMULATOR_TRIAL   | SCS permanent implant            | 7-day stimulator trial with 70% pain reduction. | true
            SUCCESSFUL_STIMULATOR_TRIAL   | Spinal cord stimulator implant   | The SCS trial was done last month but gave no relief. | false
            SUCCESSFUL_STIMULATOR_TRIAL   | Spinal cord stimulator implant   | A stimulator trial is planned for next month. | false
            """)
    void aResultReportedNearItsTestStatesTheFact(String factId, String item, String summary, boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
