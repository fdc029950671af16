package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.knowledge.ClinicalFactDefinition;
import org.imr.determination.guideline.knowledge.CuePlace;
import org.imr.determination.guideline.knowledge.WordsNotForRequestsOf;
import org.imr.determination.guideline.knowledge.TermsWithCues;
import org.imr.determination.guideline.vocabulary.Vocabulary;
import org.imr.determination.guideline.vocabulary.VocabularyLoader;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

/** Facts read in context: the region of a finding against the request's, and the injury's age from the dates. */
class ClinicalFactFinderTest {

    private static final ClinicalFactDefinition FRACTURE = new ClinicalFactDefinition("FRACTURE", "a fracture",
            List.of("fracture"), List.of(), true, true, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    private static final ClinicalFactDefinition FOUR_WEEKS = new ClinicalFactDefinition("FOUR_WEEKS",
            "symptoms for four weeks or more", List.of(), List.of(), null, null, 28, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    private static final ClinicalFactDefinition SAME_STUDY = new ClinicalFactDefinition("SAME_STUDY",
            "a study of the same kind already done", List.of("revealed"), List.of("request"), true, null, null, null,
            true, null, null, null, null, null, null, null, null, null, null, null);

    private static final ClinicalFactDefinition RADICULAR = new ClinicalFactDefinition("RADICULAR", "radicular symptoms",
            List.of("radiculopathy", "radiates"), List.of(), true, true, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);
    private static final ClinicalFactDefinition RECENT_SURGERY = new ClinicalFactDefinition("RECENT_SURGERY",
            "a recent surgery", List.of("surgery", "repair"), List.of(), true, null, null, null, null, null, 183, null, null, null,
            null, null, null, null, null, null);

    private static final ClinicalFactDefinition PLANNED_SURGERY = new ClinicalFactDefinition("PLANNED_SURGERY",
            "a planned surgery", List.of("discectomy"), List.of(), null, true, null, null, null, null, null, null, null,
            null, null, null, 183, null, null, null);

    private final Vocabulary vocabulary = new VocabularyLoader().loadDefault();
    private final ClinicalFactFinder finder = new ClinicalFactFinder(List.of(FRACTURE, FOUR_WEEKS, SAME_STUDY,
            RECENT_SURGERY, RADICULAR, PLANNED_SURGERY));

    private CaseText text(String summary, String item, LocalDate injury, LocalDate urDecision) {
        DisputedTreatment treatment = new DisputedTreatment(1, item, ServiceType.MRI, null, null, null, null);
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(treatment), urDecision, injury, urDecision);
        return CaseText.of(caseFile, treatment, vocabulary);
    }

    @Test
    void aWordThatSpeaksOfSomethingElseLeavesOutOnlyItsOwnClause() {
        ClinicalFactDefinition opioidTaken = new ClinicalFactDefinition("OPIOID_TAKEN", "an opioid taken",
                List.of("opioid", "norco"), List.of("request"), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, List.of("agreement"));
        ClinicalFactFinder clauses = new ClinicalFactFinder(List.of(opioidTaken));
        String taking = "He has an opioid agreement and takes Norco 10/325 three times a day.";

        assertThat(clauses.find("OPIOID_TAKEN", text(taking, "Urine drug screen", null, null)))
                .map(found -> taking.substring(found.location().start(), found.location().end())).contains("Norco");
        assertThat(clauses.find("OPIOID_TAKEN", text("She takes Norco twice daily under an opioid agreement.",
                "Urine drug screen", null, null))).isPresent();
        assertThat(clauses.find("OPIOID_TAKEN", text("UDS done today; an opioid agreement was signed.",
                "Urine drug screen", null, null))).isEmpty();
        assertThat(clauses.find("OPIOID_TAKEN", text("An opioid agreement, CURES report and UDS were reviewed.",
                "Urine drug screen", null, null))).isEmpty();
        assertThat(clauses.find("OPIOID_TAKEN", text("Norco was requested; he has an opioid agreement.",
                "Urine drug screen", null, null))).isEmpty();
    }

    @Test
    void aFindingOfAnotherRegionDoesNotCountForTheRequest() {
        String summary = "He reports pain in the right elbow. X-rays showed a fracture of the right foot.";

        assertThat(finder.find("FRACTURE", text(summary, "MRI of the right elbow", null, null))).isEmpty();
        assertThat(finder.find("FRACTURE", text(summary, "X-rays of the right foot", null, null))).isPresent();
        assertThat(finder.find("FRACTURE", text(summary, "Norco 10/325 #60", null, null))).isPresent();
    }

    @Test
    void aFindingOfTheLimbTheSpineSuppliesCountsForTheSpine() {
        String summary = "Examination revealed a fracture of the left femur.";

        assertThat(finder.find("FRACTURE", text(summary, "MRI of the lumbar spine", null, null))).isPresent();
        assertThat(finder.find("FRACTURE", text(summary, "MRI of the cervical spine", null, null))).isEmpty();
    }

    @Test
    void aLesionOfALimbIsNoFindingOfTheSpineThatSuppliesIt_aSignOfTheLimbIs() {
        ClinicalFactDefinition redFlag = new ClinicalFactDefinition("RED_FLAG", "a red flag", List.of("foot drop"),
                List.of(), true, true, null, null, null, null, null, null, null, null, List.of("fracture", "infection"),
                null, null, null, null, null);
        ClinicalFactFinder local = new ClinicalFactFinder(List.of(redFlag));

        assertThat(local.find("RED_FLAG", text("X-rays showed a fracture of the left femur.", "MRI of the lumbar spine",
                null, null))).isEmpty();
        assertThat(local.find("RED_FLAG", text("He had an infection of the right knee.", "MRI of the lumbar spine",
                null, null))).isEmpty();
        assertThat(local.find("RED_FLAG", text("He has a left foot drop.", "MRI of the lumbar spine", null, null)))
                .isPresent();
        assertThat(local.find("RED_FLAG", text("X-rays showed a fracture of the left ankle.", "MRI of the left knee",
                null, null))).isEmpty();
        assertThat(local.find("RED_FLAG", text("X-rays showed a fracture of the left femur.", "MRI of the left femur",
                null, null))).isPresent();
        assertThat(local.find("RED_FLAG", text("CT showed a fracture of L1.", "MRI of the lumbar spine", null, null)))
                .isPresent();
        assertThat(local.find("RED_FLAG", text("He has a fracture.", "Norco 10/325 #60", null, null))).isPresent();
    }

    @Test
    void wordsNotForARequestOfSomeRegionsDoNotStateTheFactForSuchARequestOnly() {
        ClinicalFactDefinition redFlag = new ClinicalFactDefinition("RED_FLAG", "a red flag",
                List.of("clonus", "saddle anesthesia"), List.of(), true, true, null, null, null, null, null,
                List.of(new TermsWithCues(List.of("babinski"), List.of("positive"))), null, null, null, null, null,
                null, null, null, null,
                new WordsNotForRequestsOf(List.of("lumbar-spine"), List.of("clonus", "babinski")), null);
        ClinicalFactFinder cord = new ClinicalFactFinder(List.of(redFlag));

        assertThat(cord.find("RED_FLAG", text("Exam: clonus at both ankles.", "MRI of the lumbar spine", null, null)))
                .isEmpty();
        assertThat(cord.find("RED_FLAG", text("Positive Babinski sign.", "Lumbar x-rays", null, null))).isEmpty();
        assertThat(cord.find("RED_FLAG", text("Clonus and saddle anesthesia.", "MRI of the lumbar spine", null, null)))
                .isPresent();
        assertThat(cord.find("RED_FLAG", text("Exam: clonus.", "MRI of the thoracic spine", null, null)))
                .isPresent();
        assertThat(cord.find("RED_FLAG", text("Positive Babinski sign.", "MRI cervical and lumbar spine", null,
                null))).isPresent();
        assertThat(cord.find("RED_FLAG", text("Positive Babinski sign.", "Neurology consultation", null, null)))
                .isPresent();
        assertThat(cord.piecesStating("RED_FLAG", text("Clonus. Positive Babinski sign.", "MRI lumbar spine", null,
                null))).isEmpty();
    }

    /**
     * Terms whose cues are told after them ({@link CuePlace#TOLD_AFTER}) state the fact with the cue anywhere later in the
     * sentence or in the next sentence, never before the term nor with the term negated; the same terms and cues
     * without it need the cue near the term.
     */
    @Test
    void cuesToldAfterTheirTermCountAnywhereLaterInTheSentenceOrTheNext() {
        ClinicalFactFinder toldAfter = new ClinicalFactFinder(List.of(new ClinicalFactDefinition("FAILED", "failed care",
                List.of(), List.of(), false, null, null, null, null, null, null,
                List.of(new TermsWithCues(List.of("pt"), List.of("unchanged"), CuePlace.TOLD_AFTER)),
                null, null, null, null, null, null, null, null)));
        ClinicalFactFinder near = new ClinicalFactFinder(List.of(new ClinicalFactDefinition("FAILED", "failed care",
                List.of(), List.of(), false, null, null, null, null, null, null,
                List.of(new TermsWithCues(List.of("pt"), List.of("unchanged"))),
                null, null, null, null, null, null, null, null)));
        String far = "PT x12 completed last spring at the clinic near her home; her low back pain is unchanged.";
        String next = "She underwent PT in 2016. Her pain is unchanged.";

        assertThat(toldAfter.find("FAILED", text(far, "Lumbar ESI", null, null))).isPresent();
        assertThat(toldAfter.find("FAILED", text(next, "Lumbar ESI", null, null))).isPresent();
        assertThat(near.find("FAILED", text(far, "Lumbar ESI", null, null))).isEmpty();
        assertThat(near.find("FAILED", text(next, "Lumbar ESI", null, null))).isEmpty();
        assertThat(toldAfter.find("FAILED", text("Her pain is unchanged. PT was started.", "Lumbar ESI", null, null)))
                .isEmpty();
        assertThat(toldAfter.find("FAILED", text("No PT to date. Her pain is unchanged.", "Lumbar ESI", null, null)))
                .isEmpty();
    }

    @Test
    void aFindingOfTheRequestedRegionOnAnotherSideDoesNotCountForTheRequest() {
        ClinicalFactDefinition derangement = new ClinicalFactDefinition("DERANGEMENT", "internal derangement",
                List.of("giving way", "locking"), List.of(), true, true, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        ClinicalFactFinder sided = new ClinicalFactFinder(List.of(derangement));

        assertThat(sided.find("DERANGEMENT", text("Examination of the left knee shows locking and giving way.",
                "MRI of the right knee", null, null))).isEmpty();
        assertThat(sided.find("DERANGEMENT", text("Examination of the left knee shows locking and giving way.",
                "MRI of the left knee", null, null))).isPresent();
        assertThat(sided.find("DERANGEMENT", text("He has right knee pain, and left knee giving way.",
                "MRI of the right knee", null, null))).isEmpty();
        assertThat(sided.find("DERANGEMENT", text("He has right knee pain with locking and giving way.",
                "MRI of the right knee", null, null))).isPresent();
        assertThat(sided.find("DERANGEMENT", text("Exam: locking and giving way.", "MRI of the right knee", null,
                null))).isPresent();
        assertThat(sided.find("DERANGEMENT", text("Examination of the left knee shows locking and giving way.",
                "MRI of the bilateral knees", null, null))).isPresent();
        assertThat(finder.find("RADICULAR", text("Low back pain radiates to the left leg.", "MRI of the lumbar spine",
                null, null))).isPresent();
    }

    @Test
    void aReferralIsNotItsOwnReason() {
        ClinicalFactDefinition considered = new ClinicalFactDefinition("CONSIDERED", "surgery considered",
                List.of("surgical consult", "consider surgery"), List.of(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        ClinicalFactFinder referral = new ClinicalFactFinder(List.of(considered));
        String consult = "Surgical consultation with a spine surgeon";

        assertThat(referral.find("CONSIDERED", text("Surgical consult to discuss options.", consult, null, null)))
                .isEmpty();
        assertThat(referral.find("CONSIDERED", text("Surgical consult to discuss options.", "MRI of the lumbar spine",
                null, null))).isPresent();
        assertThat(referral.find("CONSIDERED", text("Surgical consult requested as he would consider surgery.",
                consult, null, null))).hasValueSatisfying(found -> assertThat(found.location().start()).isEqualTo(39));
    }

    @Test
    void aFindingWhoseOwnWordsNameARegionCountsOnlyForThatRegionWhateverElseItsSentenceNames() {
        String lumbar = "Diagnoses include cervical disc displacement and lumbar radiculopathy.";
        String toTheLeg = "He reports neck pain, and low back pain that radiates to the left lower extremity.";
        String toTheHand = "He reports low back pain, and neck pain that radiates to the left hand.";

        assertThat(finder.find("RADICULAR", text(lumbar, "EMG of the upper extremities", null, null))).isEmpty();
        assertThat(finder.find("RADICULAR", text(lumbar, "EMG of the lower extremities", null, null))).isPresent();
        assertThat(finder.find("RADICULAR", text(toTheLeg, "EMG of the upper extremities", null, null))).isEmpty();
        assertThat(finder.find("RADICULAR", text(toTheHand, "EMG of the upper extremities", null, null))).isPresent();
        assertThat(finder.find("RADICULAR", text(toTheHand, "EMG of the lower extremities", null, null))).isEmpty();
    }

    @Test
    void aPlanNoLongerCountsWhenDatedLongBeforeTheRequest() {
        LocalDate request = LocalDate.of(2017, 1, 9);

        assertThat(finder.find("PLANNED_SURGERY", text("He had a lumbar discectomy in 2012.", "Pre-op clearance", null,
                request))).isEmpty();
        assertThat(finder.find("PLANNED_SURGERY", text("A discectomy was done on 3/2/2015.", "Pre-op clearance", null,
                request))).isEmpty();
        assertThat(finder.find("PLANNED_SURGERY", text("A discectomy is scheduled for 1/20/2017.", "Pre-op clearance",
                null, request))).isPresent();
        assertThat(finder.find("PLANNED_SURGERY", text("Injured in 2012, he now needs a discectomy.",
                "Pre-op clearance", null, request))).as("the date nearest the phrase decides").isPresent();
        assertThat(finder.find("PLANNED_SURGERY", text("He had a lumbar discectomy in 2012.", "Pre-op clearance", null,
                null))).as("no request date").isPresent();
    }

    @Test
    void anEventOfADateCountsOnlyWhenDatedShortlyBeforeTheRequestAndOfTheRequestsRegion() {
        LocalDate request = LocalDate.of(2017, 1, 9);
        String recent = "He underwent surgery of the left knee on 11-15- 2016 and is improving.";
        String remote = "He underwent surgery of the left knee on 3/2/2015.";
        String undated = "He underwent surgery of the left knee.";
        String worded = "A repair of the left knee meniscus was performed on November 15, 2016.";

        assertThat(finder.find("RECENT_SURGERY", text(recent, "Physical therapy, left knee, x6", null, request)))
                .isPresent();
        assertThat(finder.find("RECENT_SURGERY", text(worded, "Physical therapy, left knee, x6", null, request)))
                .isPresent();
        assertThat(finder.find("RECENT_SURGERY", text(remote, "Physical therapy, left knee, x6", null, request)))
                .isEmpty();
        assertThat(finder.find("RECENT_SURGERY", text(undated, "Physical therapy, left knee, x6", null, request)))
                .isEmpty();
        assertThat(finder.find("RECENT_SURGERY", text(recent, "Physical therapy, right shoulder, x6", null, request)))
                .isEmpty();
        assertThat(finder.find("RECENT_SURGERY", text(recent, "Physical therapy, left knee, x6", null, null)))
                .isEmpty();
        assertThat(finder.find("RECENT_SURGERY", text(recent, "Physical therapy, left knee, x6", null,
                LocalDate.of(2016, 11, 1)))).as("a surgery after the request").isEmpty();
    }

    @Test
    void aFactOfTheInjurysAgeIsFoundFromTheDates() {
        LocalDate injury = LocalDate.of(2016, 10, 11);

        assertThat(finder.find("FOUR_WEEKS", text("", "NCS of the right hand", injury, injury.plusDays(28))))
                .hasValueSatisfying(found -> assertThat(found.where()).contains("28 days"));
        assertThat(finder.find("FOUR_WEEKS", text("", "NCS of the right hand", injury, injury.plusDays(27))))
                .isEmpty();
        assertThat(finder.find("FOUR_WEEKS", text("", "NCS of the right hand", null, injury.plusDays(40))))
                .isEmpty();
    }

    @Test
    void aFactPointsAtTheWordsThatStateItNotAtAnEarlierMentionAskedAboutNorAtAnotherRegions() {
        String summary = "He reports pain in the right elbow. X-rays showed a fracture of the left wrist. "
                + "An MRI to rule out a fracture of the right foot revealed a fracture of the right foot.";

        assertThat(finder.find("FRACTURE", text(summary, "X-rays of the right foot", null, null)))
                .hasValueSatisfying(found -> {
                    assertThat(found.where()).isEqualTo("clinical summary, sentence 3");
                    TextLocation location = found.location();
                    assertThat(location.section()).isEqualTo(CaseFileSection.CLINICAL_SUMMARY);
                    assertThat(location.start()).isEqualTo(summary.lastIndexOf("fracture"));
                    assertThat(summary.substring(location.start(), location.end())).isEqualTo("fracture");
                });
    }

    @Test
    void aFactStatedByTheDatesHasNoPlaceInTheText() {
        LocalDate injury = LocalDate.of(2016, 10, 11);

        assertThat(finder.find("FOUR_WEEKS", text("", "NCS of the right hand", injury, injury.plusDays(30))))
                .hasValueSatisfying(found -> assertThat(found.location()).isNull());
    }

    @Test
    void aStudyAlreadyDoneCountsAgainstARequestForTheSameStudyOfTheSameSiteOnly() {
        String summary = "An MRI of the left knee dated 12/08/2016 revealed a tear of the medial meniscus.";

        assertThat(finder.find("SAME_STUDY", text(summary, "MRI of the left knee", null, null))).isPresent();
        assertThat(finder.find("SAME_STUDY", text(summary, "MRI of the right knee", null, null))).isEmpty();
        assertThat(finder.find("SAME_STUDY", text(summary, "X-rays of the left knee", null, null))).isEmpty();
        assertThat(finder.find("SAME_STUDY", text(summary, "Retrospective MRI of the left knee (DOS 12/08/2016)",
                null, null))).isEmpty();
        assertThat(finder.find("SAME_STUDY", text("The request for an MRI of the left knee revealed nothing new.",
                "MRI of the left knee", null, null))).isEmpty();
    }
}
