package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

/**
 * Letters that dispute a surgery together with the services requested for it: the services follow the surgery
 * when it is not medically necessary, and are decided by their own guidelines when it is.
 */
class RealLetterProceduresTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    /** A SLAP repair after one therapy session and an MRI read as normal: Upheld, and every ancillary service with it. */
    @Test
    void CM17_0014449_servicesForASurgeryThatIsNotNecessaryAreNotNecessary() {
        List<ItemDetermination> items = engine.decide(RealLetterCaseFiles.caseFile("CM17-0014449", List.of(
                item(1, "Operative arthroscopy, superior labral anterior posterior repair, right shoulder", ServiceType.SURGERY),
                item(2, "Associated surgical service: Ultrasling", ServiceType.SURGERY),
                item(3, "Associated surgical service: Vascutherm unit, 14 days rental", ServiceType.SURGERY),
                item(4, "Associated surgical service: Labs - CBC", ServiceType.OTHER),
                item(5, "Post-op physical therapy 12-18 sessions", ServiceType.PHYSICAL_THERAPY),
                item(6, "Assistant surgeon", ServiceType.OTHER)))).items();

        assertThat(items.get(0).ruleId()).isEqualTo("acoem-surgery-shoulder");
        assertThat(items.get(0).outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(items.get(0).guidelineCitation()).isEqualTo("MTUS Shoulder Complaints 2004, Section(s): Surgical Considerations");
        assertThat(items.subList(1, items.size())).allSatisfy(service -> {
            assertThat(service.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(service.ruleId()).isEqualTo("ancillary-services-follow-procedure");
            assertThat(service.guidelineCitation())
                    .isEqualTo("The Expert Reviewer did not cite any medical evidence for its decision");
        });
    }

    /** Recurrent instability despite therapy: the Bankart repair is Overturned, so are its therapy, cold unit and sling. */
    @Test
    void CM16_0246487_servicesForANecessarySurgeryAreDecidedByTheirOwnGuidelines() {
        List<ItemDetermination> items = engine.decide(RealLetterCaseFiles.caseFile("CM16-0246487", List.of(
                item(1, "Left shoulder arthroscopy with Bankart repair, possible biceps tenodesis", ServiceType.SURGERY),
                item(2, "Associated surgical service: Physical therapy, times 12", ServiceType.PHYSICAL_THERAPY),
                item(3, "Associated surgical service: Cold therapy for one week", ServiceType.SURGERY),
                item(4, "Associated surgical service: Slingshot sling", ServiceType.SURGERY),
                item(5, "Post-op Zofran", ServiceType.OTHER_MEDICATION)))).items();

        assertThat(items).extracting(ItemDetermination::ruleId).containsExactly("acoem-surgery-shoulder",
                "mtus-postsurgical-physical-medicine", "odg-continuous-flow-cryotherapy", "odg-postoperative-sling",
                "mtus-antiemetics");
        assertThat(items).extracting(ItemDetermination::outcome).containsExactly(Outcome.OVERTURNED,
                Outcome.OVERTURNED, Outcome.OVERTURNED, Outcome.OVERTURNED, Outcome.UPHELD);
    }

    /** A full thickness rotator cuff tear: the repair is Overturned without a trial of therapy. */
    @Test
    void CM17_0007142_aFullThicknessTearIsRepairedWithoutATrialOfConservativeCare() {
        ItemDetermination surgery = engine.decide(RealLetterCaseFiles.caseFile("CM17-0007142",
                "Right shoulder arthroscopy with subacromial decompression, acromioplasty, Mumford, rotator cuff repair "
                        + "and shoulder debridement", ServiceType.SURGERY)).items().get(0);

        assertThat(surgery.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(surgery.evidence()).anyMatch(fact -> fact.evidence().startsWith("a severe tear"));
    }

    /**
     * An arthroscopic rotator cuff repair found necessary: its abduction sling is decided by the ODG, which recommends
     * the abduction pillow sling after open repair of large and massive tears, not after arthroscopic repairs (Upheld
     * as the letter).
     */
    @Test
    void CM17_0007142_anAbductionSlingAfterAnArthroscopicRotatorCuffRepairIsNotSupported() {
        List<ItemDetermination> items = engine.decide(RealLetterCaseFiles.caseFile("CM17-0007142", List.of(
                item(1, "rotator cuff repair and shoulder debridement", ServiceType.SURGERY),
                item(2, "Associated surgical service: Arc sling", ServiceType.SURGERY)))).items();

        assertThat(items).extracting(ItemDetermination::outcome).containsExactly(Outcome.OVERTURNED, Outcome.UPHELD);
        assertThat(items.get(1).ruleId()).isEqualTo("odg-postoperative-abduction-pillow-sling-rotator-cuff-repair");
        assertThat(items.get(1).rationale()).contains("an open (not arthroscopic) repair");
    }

    private static DisputedTreatment item(int number, String description, ServiceType type) {
        return new DisputedTreatment(number, description, type, null, null, null, null);
    }
}
