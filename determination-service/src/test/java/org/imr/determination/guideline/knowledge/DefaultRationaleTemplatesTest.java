package org.imr.determination.guideline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.load;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.shippedTree;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A rule that does not word a template gets the knowledge base's default; its own wording wins. */
class DefaultRationaleTemplatesTest {

    private static GuidelineRule rule(GuidelineKnowledgeBase knowledgeBase, String id) {
        return knowledgeBase.rules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRuleWithoutItsOwnWordingUsesTheDefaultsItsKindRequires() {
        GuidelineKnowledgeBase knowledgeBase = new GuidelineKnowledgeBaseLoader().loadDefault();
        GuidelineRule tens = rule(knowledgeBase, "mtus-chronic-pain-tens");

        assertThat(tens.rationaleTemplates()).containsOnlyKeys("criteriaMet", "criteriaNotMet", "ruledOut")
                .containsEntry("criteriaMet", knowledgeBase.defaultRationaleTemplates().get("criteriaMet"));
        assertThat(rule(knowledgeBase, "odg-platelet-rich-plasma").rationaleTemplates())
                .containsOnlyKeys("notRecommended");
        // the wording of a course extended past its visits in all, only for a rule that sets a trial and an extension
        assertThat(rule(knowledgeBase, "mtus-chronic-pain-manipulation").rationaleTemplates())
                .containsEntry("exceedsAmountInAll", knowledgeBase.defaultRationaleTemplates().get("exceedsAmountInAll"));
        assertThat(rule(knowledgeBase, "mtus-chronic-pain-psychotherapy").rationaleTemplates())
                .containsKey("exceedsAmountInAll");
    }

    @Test
    void aRulesOwnWordingIsKept() {
        GuidelineKnowledgeBase knowledgeBase = new GuidelineKnowledgeBaseLoader().loadDefault();

        assertThat(rule(knowledgeBase, "mtus-opioids-post-operative").rationaleTemplates().get("amountNotStated"))
                .contains("tablets the guideline supports for the post-operative period")
                .isNotEqualTo(knowledgeBase.defaultRationaleTemplates().get("amountNotStated"));
    }

    @Test
    void aTemplateNeitherTheRuleNorTheDefaultsWordIsStillReported() {
        ObjectNode tree = shippedTree();
        ((ObjectNode) tree.get("defaultRationaleTemplates")).remove("ruledOut");

        InvalidKnowledgeBaseException rejection = catchThrowableOfType(InvalidKnowledgeBaseException.class,
                () -> load(tree));

        assertThat(rejection.problems()).anyMatch(problem -> problem.endsWith("rationaleTemplates.ruledOut is missing or blank"));
    }
}
