package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * The MTUS's risk factors for gastrointestinal events (NSAIDs, GI symptoms & cardiovascular risk) read from what the
 * records state, not from wordings. Two NSAIDs taken at once (the MTUS's "multiple NSAIDs", a risk factor for gastrointestinal events) are read from the
 * drugs the records name, by the class of each in the vocabulary, not from words such as "two NSAIDs" alone: two
 * different drugs, by generic or brand name, in sentences about the worker's medications, not about the request; a
 * topical NSAID beside an oral one is not two taken systemically. An age over 65, from the age the summary states.
 */
class GastrointestinalRiskFactorsTest {

    private static final ClinicalFactFinder FINDER = new ClinicalFactFinder(
            new GuidelineKnowledgeBaseLoader().loadDefault().clinicalFacts(), SummaryTexts.VOCABULARY);
    private static final String PPI = "Nexium 40 mg #30";

    @Test
    void twoDifferentNsaidsByAnyOfTheirNamesAreTwoNsaids() {
        assertThat(FINDER.find("TWO_NSAIDS", SummaryTexts.of("Current medications: Anaprox DS 550 mg and Motrin 800 mg.",
                PPI))).isPresent();
        assertThat(FINDER.find("TWO_NSAIDS", SummaryTexts.of("She takes meloxicam daily. She also uses Advil for "
                + "flare-ups.", PPI))).isPresent();
        assertThat(FINDER.find("TWO_NSAIDS", SummaryTexts.of("He takes Daypro; he is on aspirin 81 mg for his heart.",
                PPI))).isPresent();
    }

    @Test
    void oneNsaidByTwoNamesATopicalOneOrOneOnlyRequestedIsNot() {
        assertThat(FINDER.find("TWO_NSAIDS", SummaryTexts.of("She takes naproxen (Naprosyn) 500 mg twice a day.", PPI)))
                .isEmpty();
        assertThat(FINDER.find("TWO_NSAIDS", SummaryTexts.of("Medications: naproxen 550 mg, flurbiprofen 20% cream, "
                + "Flector patch.", PPI))).isEmpty();
        assertThat(FINDER.find("TWO_NSAIDS", SummaryTexts.of("She takes naproxen. The request is for Relafen 500 mg.",
                PPI))).isEmpty();
        assertThat(FINDER.find("TWO_NSAIDS", SummaryTexts.of("Ibuprofen was discontinued and naproxen was started.",
                PPI))).isEmpty();
    }

    /**
     * A PPI is for a worker who takes an NSAID (MTUS Chronic Pain, NSAIDs, GI symptoms & cardiovascular risk): an NSAID
     * stopped, failed, not tolerated or contraindicated is no NSAID use; one taken beside such a clause is.
     */
    @Test
    void anNsaidStoppedNotToleratedOrContraindicatedIsNoCurrentUse() {
        ClinicalFactFinder named = SummaryTexts.NAMED_FACTS;
        for (String summary : List.of("He takes only Norco and Lyrica; NSAIDs were discontinued in 2014.",
                "NSAIDs are contraindicated because of her kidney disease.", "She stopped ibuprofen last year.",
                "Intolerant of naproxen (dyspepsia).", "He no longer takes Mobic.")) {
            assertThat(named.find("NSAID_USE", SummaryTexts.of(summary, PPI))).as("%s", summary).isEmpty();
        }
        for (String summary : List.of("He takes Voltaren XR 100 mg daily.",
                "Ibuprofen was discontinued and naproxen 550 mg twice daily was started.",
                "Current medications: Norco, meloxicam 15 mg.")) {
            assertThat(named.find("NSAID_USE", SummaryTexts.of(summary, PPI))).as("%s", summary).isPresent();
        }
    }

    @Test
    void anAgeOver65IsARiskFactorTooAndOnlyAbove65() {
        assertThat(FINDER.find("AGE_OVER_65", SummaryTexts.of("The injured worker is a 66-year-old man on naproxen.",
                PPI))).isPresent();
        assertThat(FINDER.find("AGE_OVER_65", SummaryTexts.of("The injured worker is a 65-year-old man on naproxen.",
                PPI))).isEmpty();
    }

    /**
     * A systemic corticosteroid taken with the NSAID, by its brand or as a dose pack, is a risk factor for
     * gastrointestinal events (MTUS NSAIDs, GI symptoms & cardiovascular risk: concurrent use of corticosteroids).
     */
    @Test
    void aSystemicCorticosteroidByItsBrandOrAsADosePackIsAGastrointestinalRisk() {
        for (String summary : List.of("Pt on Naprosyn + Medrol dosepak for radicular flare.",
                "He takes ibuprofen and finished a methylprednisolone dose pack.", "On Mobic and an oral steroid taper.")) {
            assertThat(FINDER.find("GI_RISK", SummaryTexts.of(summary, PPI))).as("%s", summary).isPresent();
        }
        assertThat(FINDER.find("GI_RISK", SummaryTexts.of("Pt on Naprosyn 500 BID; 40 y/o; no GI history.", PPI)))
                .isEmpty();
    }
}
