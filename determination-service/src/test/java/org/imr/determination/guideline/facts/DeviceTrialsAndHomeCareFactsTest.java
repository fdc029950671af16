package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * The facts of a purchase of a stimulation unit after its one-month home trial (MTUS Chronic Pain, TENS, p. 116;
 * Interferential current stimulation, p. 120; H-wave stimulation, p. 117): the trial completed written as a rental trial
 * or in notes' abbreviations, and a reduction of medication written without "use" as the reduction in the dependency on
 * medical treatment that functional improvement is (8 CCR 9792.20(f)).
 */
class DeviceTrialsAndHomeCareFactsTest {

    private static final ClinicalFactFinder FINDER = new ClinicalFactFinder(
            new GuidelineKnowledgeBaseLoader().loadDefault().clinicalFacts());

    @Test
    void aCompletedRentalTrialIsTheTensTrial() {
        for (String given : List.of("30-day TENS rental trial completed; pain 8/10 -> 5/10 with use.",
                "She completed the trial of the unit at home with less pain.",
                "Rental trial of TENS x 1 month: uses it twice a day.")) {
            assertThat(FINDER.find("TENS_TRIAL", SummaryTexts.of(given, "TENS unit purchase"))).as("%s", given)
                    .isPresent();
        }
        for (String planned : List.of("A 30 day TENS rental trial is requested.",
                "Plan: rental trial of TENS as an adjunct to HEP.")) {
            assertThat(FINDER.find("TENS_TRIAL", SummaryTexts.of(planned, "TENS unit purchase"))).as("%s", planned)
                    .isEmpty();
        }
    }

    @Test
    void anIfTrialOfAMonthIsTheInterferentialTrial() {
        for (String given : List.of("1 month IF trial w/ 50% decrease in pain.", "30 day IF trial: less pain.",
                "Completed a trial of the interferential unit with improved sitting.",
                "IF rental trial helped, reduced medications.")) {
            assertThat(FINDER.find("INTERFERENTIAL_TRIAL", SummaryTexts.of(given, "IF unit purchase")))
                    .as("%s", given).isPresent();
        }
        for (String none : List.of("If trial of medications fails, consider an injection.",
                "Chronic low back pain; no interferential stimulation documented.")) {
            assertThat(FINDER.find("INTERFERENTIAL_TRIAL", SummaryTexts.of(none, "IF unit purchase")))
                    .as("%s", none).isEmpty();
        }
    }

    @Test
    void aReductionOfMedicationIsFunctionalImprovement() {
        for (String summary : List.of("Home H-wave trial with 50% pain reduction and decreased medication.",
                "With the unit she reduced medications and walks longer.",
                "Reduced medication after the trial.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, "H-wave unit purchase")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("No decreased medication or improved function documented.",
                "Medications unchanged; pain 7/10.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, "H-wave unit purchase")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * A prior series of hyaluronic acid injections, by any product's name, makes the request a repeat series, which
     * needs documented significant improvement (ODG Knee & Leg, Hyaluronic acid injections, Repeat series of
     * injections); a request for a first series after other care, or after steroid injections, is none.
     */
    @Test
    void aPriorHyaluronicSeriesByAnyNameMakesARepeatSeries() {
        for (String prior : List.of("Prior Synvisc series 8 months ago provided relief for 6 months.",
                "S/p Monovisc 4 months ago w/ no benefit.", "The last Orthovisc series helped for a few days.",
                "She received Euflexxa injections in 2015.", "Previous viscosupplementation did not help.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("PRIOR_HYALURONIC_INJECTION", SummaryTexts.of(prior, "Synvisc-One right knee")))
                    .as("%s", prior).isPresent();
        }
        for (String first : List.of(
                "She had failed NSAIDs, PT and a cortisone injection; Synvisc injections are requested.",
                "Prior steroid injections gave 3 weeks of relief; the surgeon recommends Euflexxa.",
                "Severe knee OA; plan Orthovisc series.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("PRIOR_HYALURONIC_INJECTION", SummaryTexts.of(first, "Synvisc-One right knee")))
                    .as("%s", first).isEmpty();
        }
    }
}
