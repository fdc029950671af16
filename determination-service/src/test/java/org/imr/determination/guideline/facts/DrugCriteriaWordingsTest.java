package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Criteria of the drug rules read from how notes word them: a vitamin D deficiency documented by the laboratory (ODG
 * Pain, Vitamin D: supplementation only for a documented deficiency), an acute muscle spasm named by its region (MTUS
 * Chronic Pain, Muscle relaxants and Benzodiazepines: a short course for an acute condition), a return to or a day of
 * modified or light duty as functional improvement (8 CCR 9792.20(f)), and the NSAID of a combination product with a
 * gastroprotective agent (Duexis, Vimovo) as the NSAID the agent protects against (NSAIDs, GI symptoms &amp;
 * cardiovascular risk).
 */
class DrugCriteriaWordingsTest {

    private static final ClinicalFactFinder FINDER = SummaryTexts.NAMED_FACTS;

    @Test
    void aVitaminDDeficiencyIsReadFromTheLaboratoryWordingsNotFromVitaminDAlone() {
        for (String summary : List.of("Labs show vitamin D deficiency, 25-OH vitamin D 12 ng/mL.",
                "25-hydroxy vitamin D level 9 ng/mL, deficient; repletion started.",
                "Labs 8/2026: vitamin D low at 14.", "Her vitamin D level was low on the last panel.",
                "Vit D deficiency on recent labs.", "Dx: hypovitaminosis D.")) {
            assertThat(FINDER.find("VITAMIN_D_DEFICIENCY", SummaryTexts.of(summary, "Vitamin D3 2000 IU #30")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Vitamin D for chronic low back pain; vitamin D level not checked.",
                "No vitamin D deficiency. Vitamin D for chronic pain.", "Vitamin D level normal at 38 ng/mL.",
                "Vitamin D for bone health and chronic neck pain; no labs.")) {
            assertThat(FINDER.find("VITAMIN_D_DEFICIENCY", SummaryTexts.of(summary, "Vitamin D3 2000 IU #30")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void anAcuteSpasmNamedByItsRegionIsAnAcuteSpasm() {
        for (String summary : List.of("Acute paraspinal spasm after a new lifting injury 5 days ago.",
                "He presents with acute lumbar muscle spasm since yesterday.",
                "Exam: acute cervical spasm, limited rotation.")) {
            assertThat(FINDER.find("ACUTE_SPASM", SummaryTexts.of(summary, "Diazepam 5 mg #20")))
                    .as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("ACUTE_SPASM", SummaryTexts.of("Chronic paraspinal spasm for years; no acute flare.",
                "Diazepam 5 mg #20"))).isEmpty();
    }

    /**
     * Flares that come and go (periodic, occasional, intermittent, recurrent) are no acute exacerbation now (MTUS Chronic
     * Pain, Muscle relaxants: short-term treatment of acute exacerbations); a flare now, beside them, still is.
     */
    @Test
    void periodicFlaresAreNoAcuteExacerbationNow() {
        for (String summary : List.of("Pt has periodic flares of LBP. Currently stable.",
                "She has occasional flare-ups of neck pain and keeps methocarbamol on hand.",
                "Intermittent flares of LBP, takes tizanidine PRN for flares.", "Recurrent flares of back pain.")) {
            assertThat(FINDER.find("ACUTE_SPASM", SummaryTexts.of(summary, "Cyclobenzaprine 7.5 mg #60")))
                    .as("%s", summary).isEmpty();
        }
        for (String summary : List.of("Intermittent LBP; acute flare 2 days ago w/ spasm.",
                "He has recurrent back pain and presents with an acute exacerbation since yesterday.")) {
            assertThat(FINDER.find("ACUTE_SPASM", SummaryTexts.of(summary, "Cyclobenzaprine 7.5 mg #60")))
                    .as("%s", summary).isPresent();
        }
    }

    /**
     * Constipation "not relieved by" or "refractory to" the first-line laxatives is their failure (ODG Pain,
     * Opioid-induced constipation treatment: second-line drugs after first-line measures and laxatives).
     */
    @Test
    void constipationNotRelievedByLaxativesIsTheirFailure() {
        for (String summary : List.of("Constipation not relieved by Colace, senna and MiraLAX.",
                "Her constipation has not been relieved by stool softeners and laxatives.",
                "Constipation refractory to senna and docusate.")) {
            assertThat(FINDER.find("FIRST_LINE_LAXATIVES_FAILED", SummaryTexts.of(summary, "Movantik 25 mg #30")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Constipation; no laxatives tried.", "Constipation relieved by senna.")) {
            assertThat(FINDER.find("FIRST_LINE_LAXATIVES_FAILED", SummaryTexts.of(summary, "Movantik 25 mg #30")))
                    .as("%s", summary).isEmpty();
        }
    }

    @Test
    void aReturnToOrADayOfModifiedOrLightDutyIsFunctionalImprovement() {
        for (String summary : List.of("Nucynta for the leg pain; pain 7/10 -> 4/10, back to light duty.",
                "On Nucynta; pain 6/10 vs 9/10 before, she is back to full duty.",
                "Nucynta decreases pain 8/10 to 4/10 and she works modified duty 6 hrs/day.",
                "Nucynta helps, he is working light duty.",
                "Nucynta decreases pain 8/10 to 4/10 and she is doing household chores again.",
                "VAS 9 -> 5 on Nucynta, sleeping through the night, resumed gardening.",
                "With Nucynta she now sits through a full work shift.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, "Nucynta 50 mg #60")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Pain unchanged with Nucynta; not working, off work since May.",
                "On Nucynta; has not resumed gardening or cooking; pain the same.",
                "On Nucynta; unable to sit through a full work shift.",
                "Work status: temporarily totally disabled.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", SummaryTexts.of(summary, "Nucynta 50 mg #60")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * Sleep hygiene addressed by its measures (MTUS Chronic Pain, Insomnia treatment: non-pharmacological measures
     * before a hypnotic), not only by the words "sleep hygiene".
     */
    @Test
    void sleepHygieneIsReadFromItsMeasures() {
        for (String summary : List.of("Avoids caffeine, regular bedtime, no screens at night, still poor sleep.",
                "Pt keeps a regular sleep schedule and avoids daytime naps.", "A sleep diary was kept for two weeks.")) {
            assertThat(FINDER.find("SLEEP_HYGIENE", SummaryTexts.of(summary, "Lunesta 1 mg #14"))).as("%s", summary)
                    .isPresent();
        }
        assertThat(FINDER.find("SLEEP_HYGIENE", SummaryTexts.of("Insomnia with difficulty falling asleep; no "
                + "discussion of behavioral measures.", "Lunesta 1 mg #14"))).isEmpty();
    }

    @Test
    void theNsaidOfACombinationWithAGastroprotectiveAgentIsNsaidUse() {
        assertThat(FINDER.find("NSAID_USE", SummaryTexts.of("Knee OA; Vimovo bid.", "Vimovo 500/20 mg #60")))
                .isPresent();
        assertThat(FINDER.find("NSAID_USE", SummaryTexts.of("Knee OA; Duexis tid.", "Duexis 800/26.6 mg #90")))
                .isPresent();
        assertThat(FINDER.find("NSAID_USE", SummaryTexts.of("Knee OA; Nexium daily.", "Nexium 40 mg #30")))
                .isEmpty();
    }
}
