package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An opioid tapered off in the past against one still being tapered (MTUS Opioid Treatment 2016, weaning); pain the
 * opioids fail to control, said as a high score "despite" them (MTUS Chronic Pain, Opioids: when to refer to a pain
 * specialist); an NSAID used by the request of its combination with a PPI or H2 blocker (MTUS Chronic Pain, NSAIDs,
 * GI symptoms &amp; cardiovascular risk); and a drug trial proposed now against one recounted with its outcome (ODG
 * Pain, Insomnia treatment: hypnotics for the short term, 7-10 days; MTUS Chronic Pain, Antiepilepsy drugs: the
 * response to a trial decides its continuation).
 */
class OpioidFailureAndDrugTrialsTest {

    private final DrugHistory history = new DrugHistory(SummaryTexts.VOCABULARY);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Pain management consultation | On Norco TID. Pain still 8/10 despite opioids.                        | true
            Pain management referral     | Lumbar radiculopathy. Pain remains 9/10 despite Norco and gabapentin. | true
            Pain management consultation | Despite Percocet 10/325 QID, pain 8/10.                               | true
            Pain management consultation | Pain level 7-8/10 in spite of tramadol and Norco.                     | true
            Pain management consultation | Pain 8/10 despite PT and home exercise; no opioids.                   | false
            Pain management consultation | On Norco BID; pain 3/10 with medication, working full duty.           | false
            """)
    void painDespiteAnOpioidIsPainTheOpioidDoesNotControl(String item, String summary, boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find("PAIN_NOT_CONTROLLED", SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chronic LBP. Hx of Norco use, tapered off by 2016.                               | false
            Chronic neck pain. Weaned off oxycodone 6 months ago.                            | false
            Prior Percocet use, weaned off in 2017.                                          | false
            Tapered off tramadol 1 yr ago.                                                   | false
            Pt was on Percocet in 2015, then weaned off 2 years ago.                         | false
            Pt being weaned from Norco, now 2 tabs a day.                                    | true
            Currently tapering Norco 10/325.                                                 | true
            Has been weaning off Norco over the last 3 months.                               | true
            Oxycodone discontinued last year, now on Norco 10/325 TID.                       | true
            On Norco 10/325 TID, stopped working in 2016.                                    | true
            Norco 10/325 TID, PT discontinued in 2016.                                       | true
            """)
    void anOpioidStoppedInThePastIsNoCurrentUseWhileATaperUnderWayIs(String summary, boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find("CURRENT_OPIOID_USE",
                SummaryTexts.of(summary, "Pain management consultation")).isPresent()).as("%s", summary)
                .isEqualTo(stated);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Vimovo 500/20 mg #60                 | Bilateral knee OA. Hx of peptic ulcer.          | true
            Duexis 800/26.6 mg #90               | Chronic LBP, 67 y/o, hx of GI bleed.            | true
            Naproxen-esomeprazole 375/20 mg #60  | Hand OA; hx of gastric ulcer 2015.              | true
            Ibuprofen/famotidine 800/26.6 mg #90 | Chronic neck pain, GERD.                        | true
            Omeprazole 20 mg #30                 | Bilateral knee OA. Hx of peptic ulcer.          | false
            Famotidine 20 mg #60                 | Chronic LBP, 67 y/o, hx of GI bleed.            | false
            """)
    void anNsaidCombinedWithAGastroprotectiveDrugIsUsedByItsRequest(String item, String summary, boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find("NSAID_USE", SummaryTexts.of(summary, item)).isPresent())
                .as("%s: %s", item, summary).isEqualTo(stated);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            zolpidem    | Zolpidem 5 mg #14   | Insomnia, difficulty falling asleep. Zolpidem 5 mg qhs trial x 2 weeks.           | false
            zolpidem    | Ambien 5 mg #10     | Insomnia with night waking. Ambien 5 mg qhs, 10 day trial.                       | false
            eszopiclone | Lunesta 1 mg #14    | Sleep onset insomnia. Short-term Lunesta 1 mg qhs.                               | false
            gabapentin  | Gabapentin 300 mg   | L5 radiculopathy. Gabapentin 300 mg trial for 4 weeks.                           | false
            tramadol    | Tramadol 50 mg #60  | Failed ibuprofen and naproxen; starting tramadol 50 mg prn.                      | false
            pregabalin  | Lyrica 75 mg #60    | Lumbar radiculopathy. Lyrica trial without benefit.                              | true
            pregabalin  | Lyrica 75 mg #60    | Lumbar radiculopathy. Trial of Lyrica without benefit.                           | true
            gabapentin  | Gabapentin 300 mg   | L5 radiculopathy. Gabapentin trial x 6 weeks, no improvement in pain.            | true
            zolpidem    | Zolpidem 5 mg #14   | Insomnia. Zolpidem trial x 2 weeks, not tolerated due to next-day grogginess.    | true
            """)
    void aTrialProposedNowIsAFirstRequestAndOneWithItsOutcomeWasTaken(String drug, String item, String summary,
            boolean alreadyTaking) {
        assertThat(history.alreadyTaking(Set.of(drug), SummaryTexts.of(summary, item))).as("%s", summary)
                .isEqualTo(alreadyTaking);
    }
}
