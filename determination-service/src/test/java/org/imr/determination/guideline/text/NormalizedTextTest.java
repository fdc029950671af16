package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedTextTest {

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(NormalizedText.of("Sprain/Strain, L-Spine").words())
                .containsExactly("sprain", "strain", "l", "spine");
        assertThat(NormalizedText.of(null).words()).isEmpty();
    }

    @Test
    void aScoreChangeWrittenWithAnArrowIsReadAsItsDirection() {
        assertThat(NormalizedText.of("Pain 8->4 with Norco, 7/10 -> 3/10 at rest, 3-->6 at night.").words())
                .containsExactly("pain", "8", "down", "to", "4", "with", "norco", "7", "down", "to", "3", "at", "rest",
                        "3", "increased", "up", "to", "6", "at", "night");
        assertThat(NormalizedText.of("Norco 10/325 #90").words()).containsExactly("norco", "10", "325", "90");
    }

    /**
     * A measure's change written with an arrow, its unit between, or a sign, or compared with the measure before (8 CCR
     * 9792.20(f): functional improvement): "4 -> 8 hrs", "10 min → 30 min", "ADLs ↑", "6 hrs vs 3 before", "2 blocks
     * now, was 1/2 block"; a comparison with no measure before is no change.
     */
    @Test
    void aMeasuresChangeWrittenWithAnArrowASignOrAComparisonIsReadAsItsDirection() {
        assertThat(NormalizedText.of("Work hrs 4 -> 8/d").words()).containsExactly("work", "hours", "4",
                "increased", "up", "to", "8", "d");
        assertThat(NormalizedText.of("walking 10 min → 30 min, standing 45 -> 15 min").words()).containsExactly(
                "walking", "10", "min", "increased", "up", "to", "30", "min", "standing", "45", "down", "to", "15",
                "min");
        assertThat(NormalizedText.of("ADLs ↑, pain ↓").words()).containsExactly("adls", "increased", "pain",
                "decreased");
        assertThat(NormalizedText.of("Sleeping 6 hrs vs 3 before").words()).containsExactly("sleeping", "6", "hours",
                "increased", "from", "3", "before");
        assertThat(NormalizedText.of("walks 2 blocks now, was 1/2 block").words()).containsSubsequence("now",
                "increased", "from", "1", "2", "block");
        assertThat(NormalizedText.of("walks 1/2 block now, was 2 blocks").words()).containsSubsequence("now",
                "decreased", "from", "2");
        assertThat(NormalizedText.of("pain 7/10 now, was 9/10").words()).contains("decreased");
        assertThat(NormalizedText.of("MRI vs EMG before surgery; the UDS was 3 months ago; 6 vs 4 with meds").words())
                .doesNotContain("increased", "decreased");
    }

    /**
     * A measure's change written in words with its unit, "from 20 to 45 min", "from 1 block to 4 blocks", "from 90 to 120
     * degrees", is read as the arrow's (8 CCR 9792.20(f): functional improvement, "increased tolerance to sitting from 20
     * to 45 min"); figures with no unit (a dose, a date) are not a measure, and a score out of 10 is a score's change.
     */
    @Test
    void aMeasuresChangeWrittenInWordsWithItsUnitIsReadAsItsDirection() {
        assertThat(NormalizedText.of("sitting tolerance went from 20 to 45 min").words()).containsExactly("sitting",
                "tolerance", "went", "from", "20", "increased", "up", "to", "45", "min");
        assertThat(NormalizedText.of("Walking from 1 block to 4 blocks").words()).containsSubsequence("1", "block",
                "increased", "up", "to", "4");
        assertThat(NormalizedText.of("flexion from 90 to 120 degrees").words()).contains("increased");
        assertThat(NormalizedText.of("standing tolerance from 60 minutes to 15 minutes").words())
                .containsSubsequence("60", "minutes", "down", "to", "15").doesNotContain("increased");
        assertThat(NormalizedText.of("Norco was changed from 2015 to 2016 dosing; gabapentin from 300 to 600 mg")
                .words()).doesNotContain("increased", "up", "down");
    }

    /**
     * The same pain score with the medications and without them written as two scores is read as "same as" the other
     * ("VAS 6 w/ and 6 w/o"), as "pain 7/10 with and without medications" is; two different scores are not.
     */
    @Test
    void theSameScoreWithAndWithoutTheMedicationsIsReadAsTheSame() {
        assertThat(NormalizedText.of("VAS 6 w/ and 6 w/o.").words()).containsSubsequence("same", "as", "without");
        assertThat(NormalizedText.of("Pain 8/10 w/o meds, 8/10 w/ meds").words()).containsSubsequence("same", "as",
                "with", "medications");
        assertThat(NormalizedText.of("NRS 5 on meds and 5 off meds").words()).containsSubsequence("same", "as",
                "off");
        assertThat(NormalizedText.of("Pain 8/10 w/o meds, 4/10 w/ meds. Pain 4/10 w/ meds").words())
                .doesNotContain("same");
        assertThat(NormalizedText.of("pain of 4 out of 10 with medications and 8 out of 10 without").words())
                .doesNotContain("same");
        assertThat(NormalizedText.of("pain of 6 out of 10 with medications and 6 out of 10 without").words())
                .contains("same");
    }

    @Test
    void aBareWithOrWithoutAfterAPainScoreIsTheMedication() {
        assertThat(NormalizedText.of("pain 9/10 without, 5/10 with").words()).containsExactly("pain", "9", "10",
                "without", "medications", "5", "10", "with", "medications");
        assertThat(NormalizedText.of("Pain 9/10 w/o; 5/10 w/.").words()).containsExactly("pain", "9", "10", "without",
                "medications", "5", "10", "with", "medications");
        assertThat(NormalizedText.of("knee pain 7/10 without and 3/10 with.").words()).containsExactly("knee", "pain",
                "7", "10", "without", "medications", "and", "3", "10", "with", "medications");
        assertThat(NormalizedText.of("pain 8/10 with and without walking").words()).containsExactly("pain", "8",
                "10", "with", "and", "without", "walking");
        assertThat(NormalizedText.of("pain 9/10 without radiation, 5/10 with walking").words())
                .containsExactly("pain", "9", "10", "without", "radiation", "5", "10", "with", "walking");
        assertThat(NormalizedText.of("Norco 10 with, a bare word").words()).containsExactly("norco", "10", "with",
                "a", "bare", "word");
    }

    @Test
    void aScoreChangeWrittenFromOneScoreToAnotherIsReadAsItsDirection() {
        assertThat(NormalizedText.of("pain from 8/10 to 4/10, from 7 to 4, from 3 to 6").words())
                .containsExactly("pain", "from", "8", "10", "down", "to", "4", "10", "from", "7", "down", "to", "4",
                        "from", "3", "up", "to", "6");
        // a measure with its unit is no score: read as a measure's change (see the test of measures in words)
        assertThat(NormalizedText.of("flexion from 120 to 150 degrees").words()).containsSubsequence("120",
                "increased", "up", "to", "150", "degrees");
        // a range of a measure, its unit written once and nothing saying it changed, is no change
        assertThat(NormalizedText.of("walks from 5 to 20 minutes, visits from 2 to 3 times a week").words())
                .doesNotContain("down", "up");
        assertThat(NormalizedText.of("from 8 to 4 mg, going to 4").words()).doesNotContain("down", "up");
        assertThat(NormalizedText.of("Tramadol helps, 6/10 to 3/10; 2/10 to 6/10 with activity").words())
                .containsSubsequence("6", "10", "down", "to", "3", "2", "10", "up", "to", "6");
        assertThat(NormalizedText.of("walks 6 to 8 blocks, 2 to 3 times a day, 4 to 6 weeks").words())
                .doesNotContain("down", "up");
        assertThat(NormalizedText.of("Norco takes her pain from a 9 to a 5").words())
                .containsSubsequence("from", "a", "9", "down", "to", "a", "5");
        assertThat(NormalizedText.of("from a 2 to a 3 times a week").words()).doesNotContain("down", "up");
        assertThat(NormalizedText.of("grip strength went from 20 to 35 kg with therapy").words())
                .containsSubsequence("20", "increased", "up", "to", "35", "kg");
        // the score now, then the score it changed from
        assertThat(NormalizedText.of("pain 5/10 from 8/10 with Nucynta; 7/10 from 4/10 after work").words())
                .containsSubsequence("5", "10", "down", "from", "8", "10", "7", "10", "up", "from", "4");
        assertThat(NormalizedText.of("pain 6/10 from the fall, 5/10 from 5/10").words()).doesNotContain("down", "up");
        String text = "Pain went from 8/10 to 4/10.";
        assertThat(NormalizedText.of(text).firstAffirmedIn(text, List.of(TermPhrase.of("down to")), false))
                .contains(new CharSpan(20, 22));
    }

    /**
     * A measure's change written in words, in percent or after a word that says it changed, is read as an arrow's
     * (8 CCR 9792.20(f): functional improvement): "Oswestry from 44% to 26%", "sitting tolerance went from 20 to 45
     * minutes", and a measure now "instead of" the one before as a comparison; a range is no change.
     */
    @Test
    void aMeasuresChangeWrittenInWordsOrInsteadOfTheOneBeforeIsReadAsItsDirection() {
        assertThat(NormalizedText.of("Oswestry from 44% to 26%").words()).containsExactly("oswestry", "from", "44",
                "percent", "down", "to", "26", "percent");
        assertThat(NormalizedText.of("ODI from 30 to 42 percent").words()).containsSubsequence("30", "increased",
                "up", "to", "42");
        assertThat(NormalizedText.of("sitting tolerance went from 20 to 45 minutes").words())
                .containsSubsequence("20", "increased", "up", "to", "45", "minutes");
        assertThat(NormalizedText.of("lifting improved from 10 lbs to 25 lbs").words()).containsSubsequence("10",
                "lbs", "increased", "up", "to", "25");
        assertThat(NormalizedText.of("walking 30 minutes instead of 10").words()).containsSubsequence("30",
                "minutes", "increased", "from");
        assertThat(NormalizedText.of("walks 1 block instead of 4").words()).contains("decreased");
        assertThat(NormalizedText.of("can walk from 10 to 15 minutes at a time; 50 to 60% relief; PT instead of "
                + "chiropractic; went from 2 to 3 times a week").words()).doesNotContain("down", "up", "increased",
                        "decreased");
    }

    @Test
    void aChangeOfACountOfTabletsWrittenInWordsIsReadAsItsDirection() {
        assertThat(NormalizedText.of("reduced her Norco from 4 tabs to 2 tabs a day").words())
                .containsSubsequence("from", "4", "tabs", "down", "to", "2", "tabs");
        assertThat(NormalizedText.of("Norco went from 3 tablets to 6 tablets daily").words())
                .containsSubsequence("3", "tablets", "up", "to", "6");
        assertThat(NormalizedText.of("Norco from 4 tabs to 4 tabs a day").words()).doesNotContain("down", "up");
        assertThat(NormalizedText.of("from 4 tabs to 10 mg, 2 tabs to take at night").words())
                .doesNotContain("down", "up");
    }

    /**
     * A negation reaches each item of the list it begins, an item's "in" or "of" aside ("decrease in medication use"),
     * but not past an item longer than a list's: the reviewer's "no documentation of functional improvement, decrease in
     * medication use, or return to work" documents none of the three.
     */
    @Test
    void aNegationReachesEveryItemOfItsListItsPrepositionsAside() {
        List<TermPhrase> returnToWork = List.of(TermPhrase.of("return to work"));
        assertThat(NormalizedText.of("There is no documentation of objective functional improvement, decrease in "
                + "medication use, or return to work.").affirmsAny(returnToWork)).isFalse();
        assertThat(NormalizedText.of("No evidence of improved ADLs, reduction of pain medication, or return to work.")
                .affirmsAny(returnToWork)).isFalse();
        assertThat(NormalizedText.of("No fever or chills; she was able to return to work.").affirmsAny(returnToWork))
                .isTrue();
        assertThat(NormalizedText.of("No radicular pain, tenderness of the lumbar paraspinal muscles and spasm, or "
                + "return to work.").affirmsAny(returnToWork)).isTrue();
    }

    @Test
    void lastWordOfAKeywordMayContinue_otherWordsMustMatchWhole() {
        assertThat(NormalizedText.of("lumbar strains").affirmsAny(List.of(TermPhrase.of("strain")))).isTrue();
        assertThat(NormalizedText.of("Carpal-tunnel syndrome").affirmsAny(List.of(TermPhrase.of("carpal tunnel"))))
                .isTrue();
        assertThat(NormalizedText.of("lower back").affirmsAny(List.of(TermPhrase.of("low back")))).isFalse();
        assertThat(NormalizedText.of("restrained").affirmsAny(List.of(TermPhrase.of("strain")))).isFalse();
    }

    @Test
    void aShortLastWordMatchesOnlyItselfOrItsPlural() {
        assertThat(NormalizedText.of("Phalen's positive").containsAny(List.of(TermPhrase.of("s/p")))).isFalse();
        assertThat(NormalizedText.of("s/p carpal tunnel release").containsAny(List.of(TermPhrase.of("s/p")))).isTrue();
        assertThat(NormalizedText.of("PTSD").containsAny(List.of(TermPhrase.of("pt")))).isFalse();
        assertThat(NormalizedText.of("three ESIs").containsAny(List.of(TermPhrase.of("esi")))).isTrue();
        assertThat(NormalizedText.of("that").containsAny(List.of(TermPhrase.of("tha")))).isFalse();
        assertThat(NormalizedText.of("radiculopathies").containsAny(List.of(TermPhrase.of("radiculopath")))).isTrue();
    }

    @Test
    void aFindingOfAnotherPersonIsNotTheWorkers() {
        List<TermPhrase> caudaEquina = List.of(TermPhrase.of("cauda equina"));
        List<TermPhrase> footDrop = List.of(TermPhrase.of("foot drop"));

        assertThat(NormalizedText.of("His brother had cauda equina syndrome.").affirmsAny(caudaEquina)).isFalse();
        assertThat(NormalizedText.of("Family history of cauda equina syndrome.").affirmsAny(caudaEquina)).isFalse();
        assertThat(NormalizedText.of("FH: mother with foot drop.").affirmsAny(footDrop)).isFalse();
        assertThat(NormalizedText.of("His wife reports he has a foot drop.").affirmsAny(footDrop)).isTrue();
        assertThat(NormalizedText.of("He lives with his mother and has a foot drop.").affirmsAny(footDrop)).isTrue();
        assertThat(NormalizedText.of("Seen by the family physician, who noted a foot drop.").affirmsAny(footDrop))
                .isTrue();
        assertThat(NormalizedText.of("His brother drove him; a foot drop is noted.").affirmsAny(footDrop)).isTrue();
        assertThat(NormalizedText.of("Family history: mother with lumbar stenosis and foot drop.").affirmsAny(footDrop))
                .isFalse();
    }

    @Test
    void aFindingResolvedInAClauseSaidOfItIsPast() {
        List<TermPhrase> footDrop = List.of(TermPhrase.of("foot drop"));

        assertThat(NormalizedText.of("Microdiscectomy in 2013 for a right foot drop, which resolved.")
                .affirmsAny(footDrop, true)).isFalse();
        assertThat(NormalizedText.of("He has a foot drop, and his back pain resolved.").affirmsAny(footDrop, true))
                .isTrue();
    }

    @Test
    void aServiceNotAuthorizedOrNotYetScheduledIsDenied() {
        List<TermPhrase> surgery = List.of(TermPhrase.of("surgery"), TermPhrase.of("fusion"));

        assertThat(NormalizedText.of("Surgery not authorized.").affirmsAny(surgery)).isFalse();
        assertThat(NormalizedText.of("The L4-5 fusion was not certified.").affirmsAny(surgery)).isFalse();
        assertThat(NormalizedText.of("The fusion has not yet been scheduled.").affirmsAny(surgery)).isFalse();
        assertThat(NormalizedText.of("The fusion was non-certified.").affirmsAny(surgery)).isFalse();
        assertThat(NormalizedText.of("The fusion was authorized and is scheduled.").affirmsAny(surgery)).isTrue();
    }

    @Test
    void negatedFindingIsNotAffirmed_butStillContained() {
        NormalizedText text = NormalizedText.of("lumbar strain without radiculopathy");
        List<TermPhrase> radiculopathy = List.of(TermPhrase.of("radiculopathy"));

        assertThat(text.affirmsAny(radiculopathy)).isFalse();
        assertThat(text.containsAny(radiculopathy)).isTrue();
        assertThat(text.affirmsAny(List.of(TermPhrase.of("strain")))).isTrue();
    }

    @Test
    void aFindingTheRecordsDocumentInsufficientlyIsNotAffirmed() {
        List<TermPhrase> deficit = List.of(TermPhrase.of("dermatomal"));
        List<TermPhrase> relief = List.of(TermPhrase.of("pain relief"));

        assertThat(NormalizedText.of("There is insufficient documentation of dermatomal deficits.").affirmsAny(deficit))
                .isFalse();
        assertThat(NormalizedText.of("Naproxen gave inadequate pain relief.").affirmsAny(relief)).isFalse();
        assertThat(NormalizedText.of("Naproxen gave good pain relief.").affirmsAny(relief)).isTrue();
    }

    @Test
    void aNegationReachesAsFarWhateverTheArticlesAndPronounsBetween() {
        List<TermPhrase> arthritis = List.of(TermPhrase.of("arthritis"));

        assertThat(NormalizedText.of("no evidence that the injured worker has arthritis").affirmsAny(arthritis))
                .isFalse();
        assertThat(NormalizedText.of("no evidence that the patient has arthritis").affirmsAny(arthritis)).isFalse();
        assertThat(NormalizedText.of("no fever, chills or weight loss; the left knee shows arthritis")
                .affirmsAny(arthritis)).isTrue();
    }

    @Test
    void aNegationReachesTheLastItemOfAListJoinedByOr() {
        List<TermPhrase> ulcer = List.of(TermPhrase.of("ulcer"));
        List<TermPhrase> perforation = List.of(TermPhrase.of("perforation"));
        List<TermPhrase> anticoagulant = List.of(TermPhrase.of("anticoagulant"));

        assertThat(NormalizedText.of("He denies any history of GI bleeding or peptic ulcer disease.").affirmsAny(ulcer))
                .isFalse();
        assertThat(NormalizedText.of("No history of GI bleed, PUD, or anticoagulant use.").affirmsAny(anticoagulant))
                .isFalse();
        assertThat(NormalizedText.of("He has no gastrointestinal complaints or history of ulcer, bleeding or "
                + "perforation.").affirmsAny(perforation)).isFalse();
        assertThat(NormalizedText.of("No relief with NSAIDs or PT, and he now has a bleeding ulcer.").affirmsAny(ulcer))
                .isTrue();
    }

    /** A middle item of a denied list that goes on to "or" is denied too, however far the negation stands before. */
    @Test
    void aNegationReachesTheMiddleItemsOfAListThatEndsWithOr() {
        List<TermPhrase> fever = List.of(TermPhrase.of("fever"));

        assertThat(NormalizedText.of("He denies bowel or bladder incontinence, saddle anesthesia, fever or weight loss.")
                .affirmsAny(fever)).isFalse();
        assertThat(NormalizedText.of("No numbness, tingling, radiating pain, fever, chills or sweats.").affirmsAny(fever))
                .isFalse();
        assertThat(NormalizedText.of("He denies bowel or bladder incontinence, but reports fever or chills.")
                .affirmsAny(fever)).isTrue();
    }

    @Test
    void anItemOfANegatedListThatOrGoesOnWithIsNoStatementOfItsOwn() {
        List<TermPhrase> function = List.of(TermPhrase.of("functional"));
        List<TermPhrase> improved = List.of(TermPhrase.of("improvement"));
        String listed = "No pain scores, functional improvement or drug screening are documented.";
        String orLast = "The records do not document pain relief, functional improvement, or urine drug testing.";
        String own = "No pain relief, functional improvement is noted.";
        String beforeSemicolon = "No pain relief, functional improvement noted; no UDS or CURES report.";

        assertThat(NormalizedText.of(listed).firstTermWithCueIn(listed, function, improved, false)).isEmpty();
        assertThat(NormalizedText.of(orLast).firstTermWithCueIn(orLast, function, improved, false)).isEmpty();
        assertThat(NormalizedText.of(own).firstTermWithCueIn(own, function, improved, false)).isPresent();
        assertThat(NormalizedText.of(beforeSemicolon).firstTermWithCueIn(beforeSemicolon, function, improved, false))
                .isPresent();
    }

    /** "dated" before a date is part of the date, which does not count against a cue's reach. */
    @Test
    void theWordThatIntroducesADateDoesNotCountAgainstACuesReach() {
        List<TermPhrase> study = List.of(TermPhrase.of("electrodiagnostic studies"));
        List<TermPhrase> finding = List.of(TermPhrase.of("carpal tunnel"));
        String dated = "Electrodiagnostic studies dated 9/14/2016 showed moderate to severe right carpal tunnel syndrome.";
        String worded = "Electrodiagnostic studies were reviewed today and the findings were discussed with her at length"
                + " regarding carpal tunnel surgery.";

        assertThat(NormalizedText.of(dated).firstTermWithCueIn(dated, study, finding, false)).isPresent();
        assertThat(NormalizedText.of(worded).firstTermWithCueIn(worded, study, finding, false)).isEmpty();
    }

    @Test
    void theOfsOfANegatedListDoNotCountAgainstItsReach() {
        List<TermPhrase> improvement = List.of(TermPhrase.of("functional improvement"));

        assertThat(NormalizedText.of("There is no documentation of the percentage of pain relief or of functional "
                + "improvement.").affirmsAny(improvement)).isFalse();
        assertThat(NormalizedText.of("Records lack evidence of the degree of relief of pain or of functional "
                + "improvement.").affirmsAny(improvement)).isFalse();
        assertThat(NormalizedText.of("No documentation of the percentage of pain relief; she reports functional "
                + "improvement.").affirmsAny(improvement)).isTrue();
        assertThat(NormalizedText.of("No pain relief at night, but functional improvement of the hand.")
                .affirmsAny(improvement)).isTrue();
    }

    @Test
    void aWordThatTurnsTheSentenceEndsANegation() {
        List<TermPhrase> weakness = List.of(TermPhrase.of("weakness"));

        assertThat(NormalizedText.of("He has no numbness but has weakness.").affirmsAny(weakness)).isTrue();
        assertThat(NormalizedText.of("No numbness; however, weakness of the EHL.").affirmsAny(weakness)).isTrue();
        assertThat(NormalizedText.of("He has no numbness or weakness.").affirmsAny(weakness)).isFalse();
    }

    /**
     * A clause after a comma that says a result of what it names is a statement of its own, which a negation before the
     * comma does not reach ("no side effects, UDS consistent"); a list of findings after a negation stays denied.
     */
    @Test
    void aClauseThatSaysAResultOfItsOwnEndsANegation() {
        List<TermPhrase> uds = List.of(TermPhrase.of("uds"));
        List<TermPhrase> spurling = List.of(TermPhrase.of("spurling"));

        assertThat(NormalizedText.of("no side effects, UDS consistent 10/2016").affirmsAny(uds)).isTrue();
        assertThat(NormalizedText.of("No atrophy, Spurling positive on the right.").affirmsAny(spurling)).isTrue();
        assertThat(NormalizedText.of("no sedation, no UDS, CURES or agreement on file").affirmsAny(uds)).isFalse();
        assertThat(NormalizedText.of("No atrophy, Spurling or weakness.").affirmsAny(spurling)).isFalse();
        assertThat(NormalizedText.of("no side effects, UDS, CURES or agreement, all normal").affirmsAny(uds))
                .isFalse();
    }

    /**
     * A clause after a comma that opens with a number (a score, a measure) is a statement of its own, which a negation
     * before the comma does not reach: "pain 9/10 w/o meds, 5/10 w/ Norco" names Norco taken.
     */
    @Test
    void aClauseThatOpensWithANumberEndsANegation() {
        List<TermPhrase> norco = List.of(TermPhrase.of("norco"));
        List<TermPhrase> weakness = List.of(TermPhrase.of("weakness"));

        assertThat(NormalizedText.of("Pain 9/10 w/o meds, 5/10 w/ Norco.").affirmsAny(norco)).isTrue();
        assertThat(NormalizedText.of("pain 8/10 without medications, 4/10 with Norco").affirmsAny(norco)).isTrue();
        assertThat(NormalizedText.of("No weakness, 5/5 strength throughout.").affirmsAny(weakness)).isFalse();
        assertThat(NormalizedText.of("pain 8/10 without Norco").affirmsAny(norco)).isFalse();
        assertThat(NormalizedText.of("no numbness, tingling or weakness").affirmsAny(weakness)).isFalse();
    }

    @Test
    void unableNegatesOnlyWhatDirectlyFollowsIt() {
        List<TermPhrase> returnToWork = List.of(TermPhrase.of("return to work"));
        List<TermPhrase> radicular = List.of(TermPhrase.of("radicular"));

        assertThat(NormalizedText.of("He has been unable to return to work.").affirmsAny(returnToWork)).isFalse();
        assertThat(NormalizedText.of("He cannot return to work.").affirmsAny(returnToWork)).isFalse();
        assertThat(NormalizedText.of("He is able to return to work.").affirmsAny(returnToWork)).isTrue();
        assertThat(NormalizedText.of("He is unable to walk far due to radicular pain.").affirmsAny(radicular)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            She has difficulty sitting longer than 20 minutes.         | false
            Pain with walking farther than a block.                     | false
            He has trouble standing longer than ten minutes at a time. | false
            She can now sit longer than before.                         | true
            He walks further than he did before therapy.                | true
            She sits longer since the therapy.                          | true
            """)
    void aComparativeMeasuredAgainstAnAmountStatesAToleranceNotAChange(String text, boolean improved) {
        List<TermPhrase> activities = Stream.of("sit", "sitting", "sits", "walk", "walking", "walks", "standing")
                .map(TermPhrase::of).toList();
        List<TermPhrase> comparatives = Stream.of("longer", "further", "farther").map(TermPhrase::of).toList();

        assertThat(NormalizedText.of(text).firstTermWithCueIn(text, activities, comparatives, false).isPresent())
                .isEqualTo(improved);
    }

    @Test
    void unableReachesTheNextOfAlternativesJoinedByOrHoweverLongTheFirst() {
        List<TermPhrase> walk = List.of(TermPhrase.of("walk"));

        assertThat(NormalizedText.of("She cannot sit longer than 20 minutes or walk without a cane.").affirmsAny(walk))
                .isFalse();
        assertThat(NormalizedText.of("He is unable to stand for more than ten minutes or walk one block.")
                .affirmsAny(walk)).isFalse();
        assertThat(NormalizedText.of("She cannot sit longer than 20 minutes and can walk without a cane.")
                .affirmsAny(walk)).isTrue();
        assertThat(NormalizedText.of("He is unable to return to his usual work but can walk a mile.").affirmsAny(walk))
                .isTrue();
    }

    @Test
    void aNegationDoesNotReachPastASemicolon() {
        List<TermPhrase> tear = List.of(TermPhrase.of("labral tear"));

        assertThat(NormalizedText.of("X-rays show no arthritis; a labral tear is suspected.").affirmsAny(tear)).isTrue();
        assertThat(NormalizedText.of("X-rays show no arthritis or labral tear.").affirmsAny(tear)).isFalse();
    }

    @Test
    void findingThePhysicianAsksAboutIsNotAffirmed() {
        List<TermPhrase> fracture = List.of(TermPhrase.of("fracture"));

        assertThat(NormalizedText.of("X-rays were ordered to rule out a fracture").affirmsAny(fracture)).isFalse();
        assertThat(NormalizedText.of("MRI to evaluate for possible occult fracture").affirmsAny(fracture)).isFalse();
        assertThat(NormalizedText.of("R/O fracture of the scaphoid").affirmsAny(fracture)).isFalse();
        assertThat(NormalizedText.of("X-rays revealed a fracture of the scaphoid").affirmsAny(fracture)).isTrue();
        assertThat(NormalizedText.of("X-rays to rule out a fracture; a fracture was seen").affirmsAny(fracture)).isTrue();
    }

    @Test
    void aPhraseThatOpensWithAHedgeOfItsOwnSaysItWhateverHedgeGoesBefore() {
        String plan = "MRI of the lumbar spine to evaluate for disc herniation and possible referral to spine surgeon";
        assertThat(NormalizedText.of(plan).affirmsAny(List.of(TermPhrase.of("possible referral to spine surgeon"))))
                .isTrue();
        assertThat(NormalizedText.of(plan).affirmsAny(List.of(TermPhrase.of("spine surgeon")))).isFalse();
        assertThat(NormalizedText.of("X-rays to rule out a fracture; possible CRPS")
                .affirmsAny(List.of(TermPhrase.of("possible crps")))).isTrue();
        assertThat(NormalizedText.of("no possible surgery").affirmsAny(List.of(TermPhrase.of("possible surgery"))))
                .isFalse();
    }

    @Test
    void aFindingThePhysicianWantsTheStudyToLookForIsNotAffirmed() {
        List<TermPhrase> tear = List.of(TermPhrase.of("meniscal tear"));

        assertThat(NormalizedText.of("An MRI was requested to look for a meniscal tear.").affirmsAny(tear)).isFalse();
        assertThat(NormalizedText.of("An MRI to see if there is a meniscal tear.").affirmsAny(tear)).isFalse();
        assertThat(NormalizedText.of("EMG to check for radiculopathy.").affirmsAny(List.of(TermPhrase.of("radiculopathy"))))
                .isFalse();
        assertThat(NormalizedText.of("The MRI showed a meniscal tear.").affirmsAny(tear)).isTrue();
    }

    @Test
    void findingPlacedInThePastIsNotACurrentFinding() {
        List<TermPhrase> fracture = List.of(TermPhrase.of("fracture"));
        NormalizedText history = NormalizedText.of("She has a history of a wrist fracture in 2009");

        assertThat(history.affirmsAny(fracture, true)).isFalse();
        assertThat(history.affirmsAny(fracture, false)).isTrue();
        assertThat(NormalizedText.of("a healed fracture of the radius").affirmsAny(fracture, true)).isFalse();
        assertThat(NormalizedText.of("CT showed an acute fracture").affirmsAny(fracture, true)).isTrue();
    }

    @Test
    void theOldOfTheWorkersAgeDoesNotPlaceAFindingInThePast() {
        List<TermPhrase> osteoarthritis = List.of(TermPhrase.of("osteoarthritis"));

        assertThat(NormalizedText.of("a 60-year-old male with osteoarthritis of the knee").affirmsAny(osteoarthritis,
                true)).isTrue();
        assertThat(NormalizedText.of("She is 58 years old with osteoarthritis").affirmsAny(osteoarthritis, true))
                .isTrue();
        assertThat(NormalizedText.of("x-rays show old osteoarthritis changes").affirmsAny(osteoarthritis, true))
                .isFalse();
    }

    @Test
    void ptFollowedByAVerbOrAPossessiveIsThePatient() {
        List<TermPhrase> course = List.of(TermPhrase.of("pt helped"));

        assertThat(NormalizedText.of("The pt reported that the meds helped the pt's mobility.").words())
                .containsSubsequence("patient", "reported", "patient", "s", "mobility");
        assertThat(NormalizedText.of("Pt c/o neck pain").words()).startsWith("patient", "complains");
        assertThat(NormalizedText.of("PT helped his back").affirmsAny(course)).isTrue();
    }

    @Test
    void aPhrasesWordsMatchWithOrWithoutAnSOrEsEnding() {
        assertThat(NormalizedText.of("He walks further").affirmsAny(List.of(TermPhrase.of("walk further")))).isTrue();
        assertThat(NormalizedText.of("pain decreases with rest").affirmsAny(List.of(TermPhrase.of("pain decrease with"))))
                .isTrue();
        assertThat(NormalizedText.of("it is better").affirmsAny(List.of(TermPhrase.of("i better")))).isFalse();
    }

    @Test
    void notYetNegatesWhatFollows() {
        List<TermPhrase> mmi = List.of(TermPhrase.of("mmi"));

        assertThat(NormalizedText.of("He is not yet at MMI.").affirmsAny(mmi)).isFalse();
        assertThat(NormalizedText.of("No surgery yet MMI was declared.").affirmsAny(mmi)).isTrue();
    }

    @Test
    void findingSaidToHaveResolvedInItsClauseIsNotACurrentFinding() {
        List<TermPhrase> infection = List.of(TermPhrase.of("infection"));

        assertThat(NormalizedText.of("He had a wound infection after surgery that resolved").affirmsAny(infection, true))
                .isFalse();
        assertThat(NormalizedText.of("The infection has since healed.").affirmsAny(infection, true)).isFalse();
        assertThat(NormalizedText.of("a deep infection, the seroma has resolved").affirmsAny(infection, true)).isTrue();
        assertThat(NormalizedText.of("He had a wound infection that resolved").affirmsAny(infection, false)).isTrue();
    }

    @Test
    void noteAbbreviationsOfSeveralWordsAreReadAsThoseWordsAndLocatedAsWritten() {
        List<TermPhrase> backPain = List.of(TermPhrase.of("chronic low back pain"));
        List<TermPhrase> repair = List.of(TermPhrase.of("rotator cuff repair"));
        String text = "Chronic LBP x 3 yrs; s/p R RCR";

        assertThat(NormalizedText.of(text).affirmsAny(backPain)).isTrue();
        assertThat(NormalizedText.of(text).firstAffirmedIn(text, repair, false)).contains(new CharSpan(27, 30));
        assertThat(NormalizedText.of("no LBP").affirmsAny(List.of(TermPhrase.of("low back pain")))).isFalse();
        assertThat(NormalizedText.of("Hx of OA of the knee").words()).startsWith("history", "of", "osteoarthritis");
    }

    @Test
    void aNegationEndsWhereAClauseWithItsOwnSubjectStarts() {
        List<TermPhrase> pain = List.of(TermPhrase.of("knee pain"));

        assertThat(NormalizedText.of("He walks without a cane now and his knee pain is 2/10.").affirmsAny(pain))
                .isTrue();
        assertThat(NormalizedText.of("He walks without a cane now and knee pain.").affirmsAny(pain)).isFalse();
    }

    /** A predicate of its own after "and" ("and was ...") ends a negation's scope; an item of the denied list does not. */
    @Test
    void aNegationEndsWhereAPredicateOfItsOwnStartsAfterAnd() {
        List<TermPhrase> offWork = List.of(TermPhrase.of("taken off work"));

        assertThat(NormalizedText.of("He could not tolerate the lifting and was taken off work again.")
                .affirmsAny(offWork)).isTrue();
        assertThat(NormalizedText.of("He was not injured at home and taken off work.").affirmsAny(offWork)).isFalse();
    }

    /** Words denying two findings joined by "and" or "or" deny the first too, not when the second is itself the denial. */
    @Test
    void theFirstOfTwoJoinedFindingsDeniedAfterThemIsNotAffirmed() {
        List<TermPhrase> depression = List.of(TermPhrase.of("depression"));

        assertThat(NormalizedText.of("Depression and anxiety were ruled out.").affirmsAny(depression)).isFalse();
        assertThat(NormalizedText.of("Depression or anxiety disorder is denied.").affirmsAny(depression)).isFalse();
        assertThat(NormalizedText.of("Depression and anxiety excluded by the psychologist.").affirmsAny(depression))
                .isFalse();
        assertThat(NormalizedText.of("Depression and absent motivation.").affirmsAny(depression)).isTrue();
        assertThat(NormalizedText.of("Depression and anxiety; fracture ruled out.").affirmsAny(depression)).isTrue();
        assertThat(NormalizedText.of("Depression and anxiety worsened.").affirmsAny(depression)).isTrue();
    }

    @Test
    void findingDeniedByTheWordsAfterItIsNotAffirmed() {
        List<TermPhrase> spasticity = List.of(TermPhrase.of("multiple sclerosis"), TermPhrase.of("spasticity"));

        assertThat(NormalizedText.of("Multiple sclerosis is not documented; neck tightness.").affirmsAny(spasticity))
                .isFalse();
        assertThat(NormalizedText.of("Spasticity has been ruled out by the neurologist.").affirmsAny(spasticity))
                .isFalse();
        assertThat(NormalizedText.of("spasticity absent").affirmsAny(spasticity)).isFalse();
        assertThat(NormalizedText.of("Spasticity of the legs is not documented to improve with stretching.")
                .affirmsAny(spasticity)).isTrue();
        assertThat(NormalizedText.of("Spasticity and absent reflexes in both legs.").affirmsAny(spasticity)).isTrue();
        assertThat(NormalizedText.of("Spasticity, absent ankle reflexes.").affirmsAny(spasticity)).isTrue();
        List<TermPhrase> aberrant = List.of(TermPhrase.of("aberrant"));
        assertThat(NormalizedText.of("Aberrant behaviors: none.").affirmsAny(aberrant)).isFalse();
        assertThat(NormalizedText.of("Aberrant behavior was noted at the last visit.").affirmsAny(aberrant)).isTrue();
        assertThat(NormalizedText.of("Aberrant behaviors: early refill requested.").affirmsAny(aberrant)).isTrue();
        List<TermPhrase> monitoring = List.of(TermPhrase.of("cures"), TermPhrase.of("urine drug screen"));
        assertThat(NormalizedText.of("A CURES report was not reviewed.").affirmsAny(monitoring)).isFalse();
        assertThat(NormalizedText.of("A urine drug screen has not been done.").affirmsAny(monitoring)).isFalse();
        assertThat(NormalizedText.of("The CURES report was reviewed and is consistent.").affirmsAny(monitoring))
                .isTrue();
        assertThat(NormalizedText.of("Urine drug screen was done; results not available.").affirmsAny(monitoring))
                .isTrue();
    }

    @Test
    void articlesAndPronounsBetweenAPhrasesWordsDoNotMatter() {
        List<TermPhrase> relief = List.of(TermPhrase.of("reduces pain from"));
        String text = "Norco reduces his pain from 8/10 to 4/10";

        assertThat(NormalizedText.of(text).affirmsAny(relief)).isTrue();
        assertThat(NormalizedText.of(text).firstAffirmedIn(text, relief, false))
                .contains(new CharSpan(6, 27));
        assertThat(NormalizedText.of("weakness of her right grip").affirmsAny(List.of(TermPhrase.of("weakness of the"))))
                .isTrue();
        assertThat(NormalizedText.of("allows him to walk a mile").affirmsAny(List.of(TermPhrase.of("allows to walk"))))
                .isTrue();
        assertThat(NormalizedText.of("reduces the swelling from").affirmsAny(relief)).isFalse();
    }

    @Test
    void aPlanningClauseAfterACommaEndsTheScopeOfANegation() {
        List<TermPhrase> release = List.of(TermPhrase.of("carpal tunnel release"));
        assertThat(NormalizedText.of("No PMH, takes no medications, scheduled for R carpal tunnel release")
                .affirmsAny(release)).isTrue();
        assertThat(NormalizedText.of("no carpal tunnel release scheduled").affirmsAny(release)).isFalse();
        assertThat(NormalizedText.of("no history of carpal tunnel release, scheduled for a fusion")
                .affirmsAny(release)).isFalse();
    }

    /**
     * The condition a treatment was not tried for is not denied with the treatment: "has not tried Lyrica or gabapentin
     * for her lumbar radiculopathy" states the radiculopathy (MTUS Chronic Pain, Antiepilepsy drugs: first-line for
     * neuropathic pain); "negative for radiculopathy" and a negation with no treatment taken before "for" still deny.
     */
    @Test
    void theReasonOfATreatmentNotTakenIsNotDenied() {
        List<TermPhrase> radiculopathy = List.of(TermPhrase.of("radiculopathy"), TermPhrase.of("radicular pain"));
        for (String text : List.of("She has not tried Lyrica or gabapentin for her lumbar radiculopathy.",
                "No prior trial of gabapentin for his cervical radiculopathy.",
                "Never tried an AED for her radicular pain.", "Has not been prescribed Neurontin for radiculopathy.",
                "He has not had an ESI for his lumbar radiculopathy.",
                "Pt hasn't tried Lyrica for his radiculopathy.")) {
            assertThat(NormalizedText.of(text).affirmsAny(radiculopathy)).as(text).isTrue();
        }
        for (String text : List.of("EMG negative for radiculopathy.", "No evidence for radiculopathy.",
                "He has not tried gabapentin; no radiculopathy.", "Not tried for 2 weeks, no radicular pain.",
                "No treatment needed, no signs of radiculopathy.")) {
            assertThat(NormalizedText.of(text).affirmsAny(radiculopathy)).as(text).isFalse();
        }
    }

    /** The count of a course written with "x" is read as written apart: "PT 2x6" as "PT 2 x 6", "chiro x8". */
    @Test
    void aCountWrittenWithXIsReadAsItsWords() {
        assertThat(NormalizedText.of("Had PT 2x6, chiro x8 and acupuncture x 6.").words()).containsExactly("had", "pt",
                "2", "x", "6", "chiro", "x", "8", "and", "acupuncture", "x", "6");
        assertThat(NormalizedText.of("Norco #60 x100, xyz 2x, ox10b, 12x345").words()).containsExactly("norco", "60",
                "x100", "xyz", "2x", "ox10b", "12x345");
    }

    /** A contraction of "not" negates as "not" does: "hasn't tried Lyrica", "PT didn't help". */
    @Test
    void aContractionOfNotNegates() {
        assertThat(NormalizedText.of("Pt hasn't tried Lyrica.").affirmsAny(List.of(TermPhrase.of("lyrica"))))
                .isFalse();
        assertThat(NormalizedText.of("PT didn't help.").affirmsAny(List.of(TermPhrase.of("help")))).isFalse();
        assertThat(NormalizedText.of("Pt has tried Lyrica.").affirmsAny(List.of(TermPhrase.of("lyrica")))).isTrue();
    }
}
