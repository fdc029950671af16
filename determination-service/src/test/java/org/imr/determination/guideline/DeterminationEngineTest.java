package org.imr.determination.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.imr.determination.guideline.CaseFileBuilder.aCase;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.physicalMedicineRule;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.shippedTree;

import org.imr.determination.guideline.knowledge.KnowledgeBaseJson;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DeterminationEngineTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @Test
    void serviceOfNoKnownFamily_isReferredToTheExpertReviewerWithoutAGuess() {
        CaseFile caseFile = aCase().diagnoses("chronic low back pain")
                .quantityItem("Reiki energy healing", ServiceType.UNKNOWN, null, 2)
                .build();

        ItemDetermination item = engine.decide(caseFile).items().get(0);

        assertThat(item.outcome()).isEqualTo(Outcome.EXPERT_REVIEW_REQUIRED);
        assertThat(item.guidelineCitation()).contains("No MTUS, ACOEM or ODG rule in the knowledge base covers");
        assertThat(item.rationale()).contains("Reiki energy healing", "referred to the expert reviewer")
                .doesNotContain("medically necessary.");
        assertThat(item.ruleId()).isNull();
        assertThat(item.ruleVersion()).isNull();
    }

    @Test
    void aServiceOfAKnownFamilyIsDecidedWhateverItsServiceType() {
        CaseFile caseFile = aCase().quantityItem("Home health aide", null, null, 10).build();

        assertThat(engine.decide(caseFile).items()).singleElement()
                .extracting(ItemDetermination::ruleId).isEqualTo("mtus-home-health-services");
    }

    @Test
    void postOperativeTherapy_isDecidedByThePostsurgicalGuidelineNotByTheChronicPainRule() {
        CaseFile caseFile = aCase().diagnoses("right knee medial meniscus tear", "knee strain")
                .weeklyItem("Post operative physical therapy for the right knee 2 times a week for 6 weeks",
                        ServiceType.PHYSICAL_THERAPY, "right knee", 2, 6).build();

        ItemDetermination item = engine.decide(caseFile).items().get(0);

        assertThat(item.ruleId()).isEqualTo("mtus-postsurgical-physical-medicine");
        assertThat(item.guidelineCitation()).isEqualTo("MTUS Postsurgical Treatment 2009");
        assertThat(item.outcome()).as("no surgery is documented or requested").isEqualTo(Outcome.UPHELD);
    }

    @Test
    void everyItemIsDecidedInTheOrderOfTheCaseFile() {
        CaseFile caseFile = aCase().diagnoses("cervical strain")
                .quantityItem("Norco 10/325 #60", ServiceType.OPIOID, null, 60)
                .weeklyItem("Physical therapy 2 x 3, neck", ServiceType.PHYSICAL_THERAPY, "neck", 2, 3)
                .build();

        Determination determination = engine.decide(caseFile);

        assertThat(determination.items()).extracting(ItemDetermination::itemNumber, ItemDetermination::outcome)
                .containsExactly(
                        tuple(1, Outcome.UPHELD),
                        tuple(2, Outcome.OVERTURNED));
    }

    @Test
    void eachItemOfACaseIsDecidedAsItWouldBeAlone_thoughTheCaseTextIsReadOnceForAll() {
        String[] diagnoses = {"right knee medial meniscus tear", "lumbar radiculopathy", "cervical strain"};
        String[] complaints = {"right knee locking and giving way", "low back pain radiating to the left leg with"
                + " numbness in the L5 dermatome", "neck pain"};
        String[] treatments = {"physical therapy 12 sessions for the low back without improvement", "Norco since 2014"};
        CaseFile together = aCase().diagnoses(diagnoses).complaints(complaints).treatmentsToDate(treatments)
                .quantityItem("MRI of the right knee", ServiceType.UNKNOWN, "right knee", 1)
                .quantityItem("MRI of the lumbar spine", ServiceType.UNKNOWN, "lumbar spine", 1)
                .quantityItem("Norco 10/325 #60", ServiceType.OPIOID, null, 60)
                .weeklyItem("Physical therapy 2 x 3, neck", ServiceType.PHYSICAL_THERAPY, "neck", 2, 3)
                .build();

        for (DisputedTreatment item : together.disputedItems()) {
            CaseFile alone = aCase().diagnoses(diagnoses).complaints(complaints).treatmentsToDate(treatments)
                    .item(item).build();
            ItemDetermination decidedAlone = engine.decide(alone).items().get(0);
            ItemDetermination decidedTogether = engine.decide(together).items().get(item.itemNumber() - 1);
            assertThat(decidedTogether).as(item.description())
                    .extracting(ItemDetermination::outcome, ItemDetermination::ruleId, ItemDetermination::evidence)
                    .containsExactly(decidedAlone.outcome(), decidedAlone.ruleId(), decidedAlone.evidence());
        }
    }

    @Test
    void ruleHigherInTheEvidenceHierarchyDecides_whateverItsPlaceInTheFile() {
        ObjectNode tree = shippedTree();
        ObjectNode odgRule = physicalMedicineRule(tree).deepCopy();
        odgRule.put("id", "odg-physical-therapy");
        odgRule.put("hierarchyLevel", "ODG");
        ((ObjectNode) odgRule.get("citation")).put("guideline", "Official Disability Guidelines");
        ((ArrayNode) tree.get("rules")).insert(0, odgRule);
        DeterminationEngine twoRuleEngine = new DeterminationEngine(KnowledgeBaseJson.load(tree));

        ItemDetermination item = twoRuleEngine.decide(aCase().diagnoses("lumbar strain")
                .weeklyItem("Physical therapy 2 x 3", ServiceType.PHYSICAL_THERAPY, "lumbar", 2, 3).build())
                .items().get(0);

        assertThat(item.ruleId()).isNotEqualTo("odg-physical-therapy");
        assertThat(item.guidelineCitation()).startsWith("MTUS");
    }

    @Test
    void caseWithoutDisputedItems_hasNoDecisions() {
        assertThat(engine.decide(aCase().diagnoses("lumbar strain").build()).items()).isEmpty();
    }
}
