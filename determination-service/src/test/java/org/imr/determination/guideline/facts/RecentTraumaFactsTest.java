package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An acute trauma read from the records when they give no injury date (ACOEM ch. 10 and 11, Special Studies:
 * radiographs after acute trauma with point tenderness over a bone; ODG Forearm, Wrist & Hand, Radiography): a fall, a
 * blow or a crush told as recent ("fell yesterday", "crush injury 3 days ago") whatever came before, or recounted with no
 * chronic pain of the region against it ("after a fall, tender snuffbox", but not "chronic wrist pain for 2 years"); and
 * the point tenderness over the bones of the hand, wrist, forearm and elbow as a sign of a fracture.
 */
class RecentTraumaFactsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2017, 1, 9);

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            RECENT_TRAUMA           | X-ray of the right hand  | Crush injury of the right hand at work 3 days ago with swelling. | true
            RECENT_TRAUMA           | XR R hand                | Crush inj 3 days ago; swelling. | true
            RECENT_TRAUMA           | Right wrist x-ray        | She fell on an outstretched hand last week. | true
            RECENT_TRAUMA           | Right wrist x-ray        | Fell yesterday onto the right hand. | true
            RECENT_TRAUMA           | X-ray of the right wrist | Chronic right wrist pain; he fell again yesterday. | true
            RECENT_TRAUMA           | X-ray of the right hand  | The injured worker was seen 3 days ago for hand pain. | false
            RECENT_TRAUMA           | X-ray of the right wrist | He fell at work two years ago. | false
            RECENT_TRAUMA           | X-ray of the right wrist | Fall precautions reviewed yesterday. | false
            TRAUMA_RECOUNTED        | X-ray of the right wrist | After a fall, tender anatomic snuffbox. | true
            TRAUMA_RECOUNTED        | CT scan of the right wrist | After a fall there is tenderness in the anatomical snuffbox. | true
            TRAUMA_RECOUNTED        | XR L wrist 3V            | s/p fall at work, TTP anatomic snuffbox. | true
            TRAUMA_RECOUNTED        | X-ray of the right wrist | Chronic wrist pain for 2 years since a fall; tender snuffbox. | false
            TRAUMA_RECOUNTED        | X-ray of the right wrist | Fell at work 6 months ago; persistent wrist pain. | false
            TRAUMA_RECOUNTED        | X-ray of the right wrist | FOOSH in 2014; tender snuffbox. | false
            TRAUMA_RECOUNTED        | X-ray of the right hand  | Chronic hand pain x 2 yrs; TTP over the 4th metacarpal. | false
            TRAUMA_RECOUNTED        | X-ray of the right hand  | At risk of falls; tender over the 4th metacarpal. | false
            ACUTE_TRAUMA_BONE_SIGNS | X-ray of the right hand  | Point tenderness over the 4th metacarpal. | true
            ACUTE_TRAUMA_BONE_SIGNS | X-ray of the left thumb  | Tenderness over the proximal phalanx, swelling. | true
            ACUTE_TRAUMA_BONE_SIGNS | X-rays of the left elbow | Tender radial head. | true
            ACUTE_TRAUMA_BONE_SIGNS | X-rays of the left elbow | Olecranon tender to palpation. | true
            ACUTE_TRAUMA_BONE_SIGNS | XR L wrist 3V            | TTP distal radius. | true
            ACUTE_TRAUMA_BONE_SIGNS | X-rays of the left elbow | Radial head nontender, full extension. | false
            ACUTE_TRAUMA_BONE_SIGNS | X-ray of the right hand  | No tenderness over the metacarpals. | false
            """)
    void aTraumaWithoutAnInjuryDateIsReadFromTheRecords(String factId, String item, String summary, boolean stated) {
        assertThat(found(factId, summary, item, null)).as("%s", summary).isEqualTo(stated);
    }

    /** A trauma recounted without a date is the injury of the claim: an injury date a year old makes it no recent one. */
    @Test
    void aTraumaRecountedIsNoRecentOneWhenTheInjuryIsOld() {
        String summary = "After a fall, tender anatomic snuffbox.";

        assertThat(found("TRAUMA_RECOUNTED", summary, "X-ray of the right wrist", RECEIVED.minusDays(5)))
                .isTrue();
        assertThat(found("TRAUMA_RECOUNTED", summary, "X-ray of the right wrist", RECEIVED.minusYears(1)))
                .isFalse();
        assertThat(found("RECENT_TRAUMA", "He fell again yesterday; tender snuffbox.",
                "X-ray of the right wrist", RECEIVED.minusYears(1))).isTrue();
    }

    private static boolean found(String factId, String summary, String item, LocalDate injury) {
        DisputedTreatment treatment = new DisputedTreatment(1, item, ServiceType.UNKNOWN, null, null, null, null);
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(treatment), RECEIVED, injury, RECEIVED);
        return SummaryTexts.NAMED_FACTS.find(factId, CaseText.of(caseFile, treatment, SummaryTexts.VOCABULARY))
                .isPresent();
    }
}
