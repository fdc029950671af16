package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.imr.determination.guideline.vocabulary.Concept;
import org.imr.determination.guideline.vocabulary.ConceptKind;
import org.imr.determination.guideline.vocabulary.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A first request against a continuation of a drug (MTUS Medications for chronic pain: a drug is started for its
 * indication and continued by its response), read for every name the vocabulary gives every drug of the first-line
 * classes: a drug named only in what the physician proposes is a start, one named among what the worker takes, or in a
 * plan that continues it, is a continuation. The sentences are generated from the vocabulary, not listed per drug.
 */
class DrugHistoryTest {

    private static final Vocabulary VOCABULARY = SummaryTexts.VOCABULARY;

    /** Classes whose first request the guideline decides by the indication alone. */
    private static final List<String> FIRST_LINE_CLASSES = List.of("nsaid", "anti-epilepsy-drug", "antidepressant");

    /** Ways a summary proposes a drug not yet taken. */
    private static final List<String> PROPOSED = List.of(
            "The treatment plan included %s and a home exercise program.",
            "The physician recommended %s for the pain.",
            "The provider would like to start %s.",
            "Plan: %s, follow up in four weeks.",
            "%s was proposed at this visit.",
            "%s was added at bedtime.",
            "A prescription for %s was given today.",
            "The physician is starting %s.",
            "He was dispensed %s at this visit.",
            "Chronic neck pain with poor sleep; %s is to be started at bedtime.",
            "Her medication was switched to %s.",
            "Burning pain in the L5 distribution; new Rx %s.",
            "Hand OA, intolerant to oral NSAIDs. Rx %s to hands.",
            "Acute flare with spasm. Rx: %s, follow up 2 wks.",
            "First prescription of %s; no medication of its kind was taken previously.",
            "He hurt his knee three weeks ago and has swelling; %s is newly prescribed.",
            "Injured at work 5 days ago, %s started today.",
            "She has not tried %s or any other drug of its kind.",
            "NSAIDs are contraindicated after her GI bleed; the physician prescribes %s.",
            "Sig: %s 500 mg 2 tabs PO BID PRN pain.",
            "Sig %s 1 tab bid.",
            "Begin %s 10 mg at bedtime.",
            "Chronic burning foot pain, dx neuropathy. Begin %s.",
            "On 12/20/2016 the physician prescribed a trial of %s; she has not taken one before.",
            "The progress report of December 28, 2016 prescribes %s.");

    /** Ways a summary states a drug the worker already takes. */
    private static final List<String> TAKEN = List.of(
            "Current medications include %s.",
            "She has been taking %s for three months.",
            "The plan is to continue %s.",
            "The treatment plan included a refill of %s.",
            "Medications have included %s and ice.",
            "He was started on %s in 2014.",
            "%s was prescribed two years ago.",
            "She has been prescribed %s for several months.",
            "He was started on %s three weeks ago.",
            "On 03/15/2016 the physician prescribed %s.",
            "A prescription for %s was given on 06/02/2016.",
            "Injured in 2014; %s since 2015.",
            "Rx %s since 2019, refilled monthly.",
            "%s: analgesia 50%%, ADLs improved, no AE, UDS c/w rx, CURES reviewed.",
            "Meds: %s 500 2 tabs bid.",
            "On %s 2 tabs bid x 1 yr.",
            "Sig: %s 1 tab bid. Pain 8/10 without medications, 4/10 with.",
            "%s decreases her pain from 8/10 to 4/10 and she works modified duty.",
            "%s helps; he is able to work modified duty and do his ADLs.");

    /**
     * Ways a summary denies the response to a drug the worker has taken: the negation reaches the response, not the use
     * (MTUS Chronic Pain, Antiepilepsy drugs: continued use asks for the relief and function the drug gave).
     */
    private static final List<String> RESPONSE_DENIED = List.of(
            "The records lack documentation of functional benefit from %s, which she has taken since 2015.",
            "There is no documentation of benefit from %s.",
            "No documented relief with %s.",
            "The physician does not document any improvement with %s.",
            "There is no objective evidence of efficacy of %s for the radicular pain.",
            "Records do not document a response to %s.");

    private final DrugHistory history = new DrugHistory(VOCABULARY);

    static Stream<Arguments> namesOfFirstLineDrugs() {
        return VOCABULARY.concepts().stream()
                .filter(concept -> concept.kind() == ConceptKind.DRUG)
                .filter(DrugHistoryTest::isOfAFirstLineClass)
                .flatMap(concept -> concept.terms().stream().map(term -> Arguments.of(concept.id(), term)));
    }

    private static boolean isOfAFirstLineClass(Concept concept) {
        return FIRST_LINE_CLASSES.stream()
                .anyMatch(drugClass -> VOCABULARY.namesOf(drugClass).containsAll(concept.terms()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("namesOfFirstLineDrugs")
    void aDrugNamedOnlyInWhatThePhysicianProposesIsAFirstRequest(String drug, String name) {
        assertEachReadAs(PROPOSED, drug, name, false);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("namesOfFirstLineDrugs")
    void aDrugTheWorkerTakesOrThePlanContinuesIsAContinuation(String drug, String name) {
        assertEachReadAs(TAKEN, drug, name, true);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("namesOfFirstLineDrugs")
    void aDrugWhoseResponseIsDeniedWasTaken(String drug, String name) {
        assertEachReadAs(RESPONSE_DENIED, drug, name, true);
    }

    private void assertEachReadAs(List<String> sentences, String drug, String name, boolean alreadyTaking) {
        for (String sentence : sentences) {
            String summary = "He reports low back pain. " + sentence.formatted(name);

            assertThat(history.alreadyTaking(Set.of(drug), text(summary, name))).as("%s", summary)
                    .isEqualTo(alreadyTaking);
        }
    }

    private static CaseText text(String summary, String item) {
        return SummaryTexts.of(summary, item);
    }
}
