package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts of an opioid's course written in notes' terse style: a gain of function written with an arrow, a sign or a
 * comparison with before (8 CCR 9792.20(f), functional improvement; MTUS Opioids 2016, 3.3.9, the 4 A's: activities);
 * the same pain score with and without the medications written as two scores (no analgesia); an opioid tapered off,
 * weaned off or discontinued, which the worker no longer takes (MTUS Opioids, Drug testing: testing of a patient on
 * opioids); a urine drug test dated by its month, or by how often it is done.
 */
class TerseFunctionAndOpioidNotesTest {

    private static final String NORCO = "Norco 10/325mg #90";

    @Test
    void aGainOfFunctionWrittenWithAnArrowASignOrAComparisonIsFunctionalImprovement() {
        for (String summary : List.of("Work hrs 4 -> 8/d since meds adjusted.", "Working 4 -> 8 hrs/day on meds.",
                "ADLs ↑ with meds.", "↑ ADLs and walking w/ meds.", "Sleep ↑ to 6 hrs/night with meds.",
                "Sleeping 6 hrs vs 3 before.", "Sleeps 5 hours versus 2 hours prior to Norco.",
                "Walks 2 blocks now, was 1/2 block.", "Can walk 3 blocks now (was 1 block).",
                "Sitting tol 20 -> 60 min.", "Walking tolerance 10 min → 30 min with meds.",
                "Can stand 45 min vs 15 min without meds.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, NORCO)))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Work hrs 8 -> 4/d.", "ADLs ↓ despite meds.", "Sleeping 3 hrs vs 6 before.",
                "Walks 1/2 block now, was 2 blocks.", "Walking distance 1 block, was 3 blocks.",
                "Restrictions: sitting up to 20 min, lifting up to 10 lbs.", "Increased difficulty walking and with ADLs.",
                "Walking increased her pain.", "Pain 3 -> 7 with prolonged sitting.", "Standing tolerance 45 -> 15 min.",
                "Sleeps 2 hours versus 5 hours previously.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, NORCO)))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * A return to work is a gain of function; the back a worker hurt at work is not ("hurt his back at work"), nor what
     * the worker "can now barely" do.
     */
    @Test
    void aWorkerBackAtWorkHasGainedFunctionNotOneWhoHurtHisBackAtWork() {
        for (String summary : List.of("On Norco he is back at work full duty.", "Now back at work part time with meds.",
                "With Norco she has been back at work since May.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, NORCO)))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("He hurt his back at work in 2014 and has taken Norco since; pain unchanged.",
                "She injured her low back at work lifting a box; Norco since 2015.",
                "On Norco he can now barely walk a block.", "She can now hardly sit through a meal despite Norco.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, NORCO)))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void theSameScoreWithAndWithoutTheMedicationsWrittenTwiceIsNoAnalgesia() {
        for (String summary : List.of("VAS 6 w/ and 6 w/o.", "Pain 6/10 w/ meds, 6/10 w/o meds.",
                "Pain 8/10 w/o meds, 8/10 w/ meds.", "Pain 5/10 with medications and 5/10 without.",
                "NRS 5 on meds and 5 off meds.", "Pain 6/10 w/o the medications, 6/10 w/ the medications.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, NORCO)))
                    .as("%s", summary).isEmpty();
        }
        for (String summary : List.of("VAS 7 w/o, 3 w/.", "Pain 8/10 w/o meds, 4/10 w/ meds.",
                "NRS 7 off meds and 4 on meds.", "Pain 6/10 w/o the medications, 3/10 w/ the medications.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("OPIOID_ANALGESIA", SummaryTexts.of(summary, NORCO)))
                    .as("%s", summary).isPresent();
        }
    }

    /**
     * A urine drug test dated by its month and year, or done monthly or N times in the last year, dates the last test
     * for the frequency of testing by risk (ODG Pain, Urine drug testing; MTUS Opioids 2016, 3.3.6): low risk yearly;
     * a year stated alone does not date it.
     */
    @Test
    void aUrineDrugTestDatedByItsMonthOrByItsFrequencyIsRecent() {
        for (String summary : List.of("UDS 10/2016 consistent.", "Last urine tox October 2016, appropriate.",
                "UDS monthly, all consistent.", "4 UDTs this year, all consistent.",
                "Urine drug testing at every visit, consistent.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("URINE_DRUG_TEST_WITHIN_FOUR_MONTHS", SummaryTexts.of(summary,
                    "Urine drug screen"))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("UDS 2/2016 consistent.", "UDS in 2016 was consistent.",
                "Two urine drug screens in the past year, both consistent.", "UDS monthly is planned.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("URINE_DRUG_TEST_WITHIN_FOUR_MONTHS", SummaryTexts.of(summary,
                    "Urine drug screen"))).as("%s", summary).isEmpty();
        }
    }

    /**
     * A urine drug test dated by a month and a two-digit year ("Last UDT 11/16") is dated by that month (MTUS Opioids
     * 2016, 3.3.6; ODG Pain, Urine drug testing); a ratio near it ("pain 8/10") dates nothing, nor does a month and
     * year too far from the test or in another clause.
     */
    @Test
    void aUrineDrugTestDatedByItsMonthAndATwoDigitYearIsDatedByThatMonth() {
        for (String summary : List.of("Last UDT 11/16 was consistent.", "UDS 10/16 consistent.",
                "Last UDS done 11/16, consistent.", "Her last urine drug test (09/16) was consistent.",
                "Urine tox 12/16 appropriate.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("URINE_DRUG_TEST_WITHIN_FOUR_MONTHS", SummaryTexts.of(summary,
                    "Urine drug screen"))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("UDT 6/16 consistent.", "Last UDT 11/15 was consistent.",
                "UDS consistent, pain 8/10.", "UDS consistent; seen for f/u of injury of 11/16 at work.",
                "Norco 10/325 #90; UDS consistent.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("URINE_DRUG_TEST_WITHIN_FOUR_MONTHS", SummaryTexts.of(summary,
                    "Urine drug screen"))).as("%s", summary).isEmpty();
        }
    }

    /**
     * What the worker is able to do with a drug named by its brand or generic name is the drug's functional gain (MTUS
     * 9792.20(f)); the same capacity alone is none.
     */
    @Test
    void aCapacityWithANamedDrugIsItsFunctionalImprovement() {
        for (String summary : List.of("She is able to stand 30 minutes with Norco.", "Able to walk 1 hr on tramadol.",
                "Able to do housework using Norco.", "Walks 30 min w/ meds vs 5 min w/o.",
                "Sits 1 hr with her medications vs 20 min without.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, "Norco")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("She is able to stand 30 minutes.", "Takes Norco. Able to walk 1 hr.",
                "Walks 5 min w/ meds vs 30 min w/o.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, "Norco")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * Pain still high "despite" an opioid stays uncontrolled when another statement follows with "and" ("Despite
     * Percocet QID, pain 8/10 and ADLs limited"): the limited ADLs do not qualify the pain (MTUS Chronic Pain,
     * Opioids: when to refer to a pain specialist).
     */
    @Test
    void painDespiteAnOpioidIsNotControlledWhateverStatementFollowsWithAnd() {
        for (String summary : List.of("Despite Percocet QID, pain 8/10 and ADLs limited.",
                "Despite Norco 10/325 QID, pain 9/10 and sleep poor.",
                "Pain 8/10 despite oxycodone and ADLs are limited.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("PAIN_NOT_CONTROLLED", SummaryTexts.of(summary,
                    "Pain management consultation"))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("Despite Percocet QID, pain minimal.", "Pain controlled with Norco.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("PAIN_NOT_CONTROLLED", SummaryTexts.of(summary,
                    "Pain management consultation"))).as("%s", summary).isEmpty();
        }
    }

    /**
     * An opioid the worker takes, in the clauses before a request in the same sentence ("on Norco tid; pain management
     * consult requested"), is current use, for a referral to a pain specialist when opioids fail to control pain (MTUS
     * Chronic Pain, Opioids: when to refer); a request itself, or a list of requests, is not.
     */
    @Test
    void anOpioidTakenBeforeARequestInItsSentenceIsCurrentUse_theRequestIsNot() {
        for (String summary : List.of("On Norco tid; pain management consult requested.",
                "On Norco and tramadol for chronic neck pain, pain poorly controlled; a referral to pain management "
                        + "was requested for medication management.",
                "Takes oxycodone 15 mg q6h with inadequate pain control; requesting pain management evaluation.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("CURRENT_OPIOID_USE", SummaryTexts.of(summary,
                    "Pain management consultation"))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("The treatment plan requested Norco 10/325 #90, Flexeril and a pain management "
                + "consultation.", "Requested: Percocet 10/325 #120; pain management referral.",
                "Pain management referral requested; Norco 10/325 #90 also requested.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("CURRENT_OPIOID_USE", SummaryTexts.of(summary,
                    "Pain management consultation"))).as("%s", summary).isEmpty();
        }
    }

    @Test
    void anOpioidTaperedOffWeanedOffOrDiscontinuedIsNoCurrentUse() {
        for (String summary : List.of("Norco was tapered off in 2015. Current meds: ibuprofen.",
                "Opioids discontinued last year; now on naproxen only.", "Pt was weaned off opioids in 2015.",
                "Percocet d/c'd 2014. Meds: Mobic.", "Oxycodone was stopped; he no longer takes opioids.",
                "Patient successfully weaned off all opioids last spring.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("CURRENT_OPIOID_USE", SummaryTexts.of(summary,
                    "Urine drug screen"))).as("%s", summary).isEmpty();
        }
        for (String summary : List.of("Tramadol was discontinued; restarted Norco 10/325 bid last month.",
                "He is being weaned from Norco, currently 2 tabs/day.", "Norco is being tapered off slowly.",
                "Norco 10/325 tid continued; Soma was discontinued.")) {
            assertThat(SummaryTexts.NAMED_FACTS.find("CURRENT_OPIOID_USE", SummaryTexts.of(summary,
                    "Urine drug screen"))).as("%s", summary).isPresent();
        }
    }
}
