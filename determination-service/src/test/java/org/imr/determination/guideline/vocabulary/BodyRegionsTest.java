package org.imr.determination.guideline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Body regions read with the shipped vocabulary. */
class BodyRegionsTest {

    private final Vocabulary vocabulary = new VocabularyLoader().loadDefault();

    private boolean overlap(String first, String second) {
        return vocabulary.sitesIn(first).overlaps(vocabulary.sitesIn(second));
    }

    private boolean findingConcernsRequest(String finding, String request) {
        return vocabulary.mayConcern(vocabulary.sitesIn(finding), vocabulary.sitesIn(request));
    }

    @Test
    void sidesOfPairedRegionsMustMeet() {
        assertThat(overlap("right wrist", "bilateral wrists")).isTrue();
        assertThat(overlap("left wrist", "right wrist")).isFalse();
        assertThat(overlap("wrist", "left wrist")).isTrue();
        assertThat(overlap("right hand", "right wrist")).isTrue();
    }

    @Test
    void sideWordCarriesOverToTheFollowingRegionsUntilTheNextSideWord() {
        assertThat(overlap("left shoulder and wrist", "left wrist")).isTrue();
        assertThat(overlap("left shoulder and right wrist", "left wrist")).isFalse();
    }

    @Test
    void aSideWrittenAsOneLetterBeforeALimbIsThatSide() {
        assertThat(overlap("R knee", "left knee")).isFalse();
        assertThat(overlap("R knee", "right knee")).isTrue();
        assertThat(overlap("L shoulder", "rt shoulder")).isFalse();
        assertThat(overlap("l. wrist", "lt wrist")).isTrue();
        assertThat(overlap("MRI L LE", "right lower extremity")).isFalse();
        assertThat(overlap("L-spine", "lumbar spine")).isTrue();
        assertThat(overlap("R scaphoid fracture", "left wrist")).isFalse();
        assertThat(overlap("R scaphoid fracture", "right wrist")).isTrue();
        assertThat(overlap("r/o fracture of the wrist", "left wrist")).isTrue();
        assertThat(Vocabulary.withSideLetters("decreased sensation L L5, L-spine tenderness")).isEqualTo(
                "decreased sensation L L5, L-spine tenderness");
    }

    @Test
    void spineRegionsHaveNoSides() {
        assertThat(overlap("low back", "lumbar spine")).isTrue();
        assertThat(overlap("right lumbar", "left L-spine")).isTrue();
        assertThat(overlap("upper back", "lumbar")).isFalse();
        assertThat(overlap("cervical spine", "lumbar spine")).isFalse();
    }

    @Test
    void aRegionOverlapsTheLargerRegionItLiesIn() {
        assertThat(overlap("right wrist", "right upper extremity")).isTrue();
        assertThat(overlap("left knee", "bilateral lower extremities")).isTrue();
        assertThat(overlap("right wrist", "right shoulder")).isFalse();
        assertThat(overlap("right wrist", "left upper extremity")).isFalse();
    }

    /**
     * The carpal tunnel is a region of the wrist a surgery may be requested for (ACOEM ch. 11: a carpal tunnel release
     * has criteria of its own); a finding of the right wrist concerns a right carpal tunnel release, one of the left
     * does not. The A1 pulley of a finger is the hand, no exercise pulley.
     */
    @Test
    void theCarpalTunnelAndTheA1PulleyLieInTheHand() {
        assertThat(vocabulary.sitesIn("right carpal tunnel release").sidesByRegion()).containsOnlyKeys("carpal-tunnel");
        assertThat(vocabulary.sitesIn("R CTR").sidesByRegion()).containsOnlyKeys("carpal-tunnel");
        assertThat(overlap("right wrist", "right carpal tunnel release")).isTrue();
        assertThat(overlap("left wrist", "right carpal tunnel release")).isFalse();
        assertThat(findingConcernsRequest("numbness of the right hand", "Right carpal tunnel release")).isTrue();
        assertThat(vocabulary.conceptsIn("Release of A1 pulley, left long finger"))
                .contains("surgery", "forearm-wrist-hand").doesNotContain("dme", "exercise-equipment");
        assertThat(vocabulary.conceptsIn("Shoulder pulley for home exercise")).contains("exercise-equipment");
    }

    /** The notes' abbreviations of a surgery name its region too: "RCR" a rotator cuff repair of the shoulder. */
    @Test
    void aSurgerysAbbreviationNamesItsRegion() {
        assertThat(vocabulary.conceptsIn("R RCR")).contains("surgery", "shoulder");
        assertThat(overlap("R RCR", "right shoulder")).isTrue();
        assertThat(overlap("R RCR", "left shoulder")).isFalse();
        assertThat(vocabulary.conceptsIn("L knee APM")).contains("surgery", "knee");
    }

    @Test
    void onlyTheMostSpecificRegionsOfATextCount() {
        assertThat(vocabulary.sitesIn("disc protrusion at L4-L5").sidesByRegion()).containsOnlyKeys("lumbar-spine");
        assertThat(overlap("disc protrusion at L4-L5", "cervical spine")).isFalse();
    }

    @Test
    void aFindingConcernsTheSameRegionOrTheLimbTheSpineSupplies() {
        assertThat(findingConcernsRequest("numbness of the right hand", "EMG of the bilateral upper extremities"))
                .isTrue();
        assertThat(findingConcernsRequest("numbness radiating to the left leg", "MRI of the lumbar spine")).isTrue();
        assertThat(findingConcernsRequest("decreased sensation in the C6 dermatome", "NCS of the right arm")).isTrue();
        assertThat(findingConcernsRequest("fracture of the right foot", "MRI of the right elbow")).isFalse();
        assertThat(findingConcernsRequest("numbness of the right hand", "MRI of the lumbar spine")).isFalse();
        assertThat(findingConcernsRequest("the applicant fell at work", "MRI of the right elbow")).isTrue();
        assertThat(findingConcernsRequest("fracture of the right foot", "Norco 10/325 #60")).isTrue();
    }

    @Test
    void textNamingNoKnownRegionIsUnknown() {
        assertThat(vocabulary.sitesIn("as directed").isUnknown()).isTrue();
        assertThat(vocabulary.sitesIn(null).isUnknown()).isTrue();
        assertThat(vocabulary.sitesIn("bilateral carpal tunnel syndrome").isUnknown()).isFalse();
    }

    /**
     * Going "back to work" (or to modified, light or full duty) names no back: a sentence about a course of therapy
     * for the neck that ends "she is back to modified work" is no course for the low back (`wordsReadAs`).
     */
    @Test
    void goingBackToWorkNamesNoBack() {
        assertThat(vocabulary.sitesIn("she is back to modified work").isUnknown()).isTrue();
        assertThat(vocabulary.sitesIn("went back to work full duty").isUnknown()).isTrue();
        assertThat(vocabulary.sitesIn("Back to light duty since May").isUnknown()).isTrue();
        assertThat(vocabulary.sitesIn("pain in the low back to the left knee").isUnknown()).isFalse();
        assertThat(vocabulary.sitesIn("back pain; back to work").overlaps(vocabulary.sitesIn("lumbar spine")))
                .isTrue();
    }

    /**
     * Pain that "came back" or "is back." has returned, and a drug "cut back" was reduced: no back is named, so a
     * sentence about the wrist ("a cortisone injection brought brief relief; the numbness came back") stays about the
     * wrist. "Her complaint is back pain" still names the back.
     */
    @Test
    void symptomsThatCameBackNameNoBack() {
        assertThat(vocabulary.sitesIn("the numbness came back two weeks later").isUnknown()).isTrue();
        assertThat(vocabulary.sitesIn("the tingling is back.").isUnknown()).isTrue();
        assertThat(vocabulary.sitesIn("she cut back on her Norco").isUnknown()).isTrue();
        assertThat(vocabulary.sitesIn("her main complaint is back pain.").overlaps(vocabulary.sitesIn("lumbar spine")))
                .isTrue();
    }
}
