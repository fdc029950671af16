package org.imr.determination.guideline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.physicalMedicineRule;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.load;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.shippedTree;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Well-formed JSON whose content is inconsistent is rejected, with the path of every problem. */
class KnowledgeBaseValidationTest {

    private static InvalidKnowledgeBaseException rejection(ObjectNode knowledgeBase) {
        return catchThrowableOfType(InvalidKnowledgeBaseException.class, () -> load(knowledgeBase));
    }

    private static ObjectNode templates(ObjectNode knowledgeBase) {
        return (ObjectNode) physicalMedicineRule(knowledgeBase).get("rationaleTemplates");
    }

    @Test
    void missingRationaleTemplate_isRejected() {
        ObjectNode tree = shippedTree();
        templates(tree).remove("noPriorCourseWithinLimit");

        assertThat(rejection(tree).problems())
                .contains("rules[0].rationaleTemplates.noPriorCourseWithinLimit is missing or blank");
    }

    @Test
    void placeholderTheEvaluatorDoesNotFill_isRejected() {
        ObjectNode tree = shippedTree();
        templates(tree).put("requestedAmountUnknown",
                "The request for {requestedVisits} visits is unclear. The current request is not medically necessary.");

        assertThat(rejection(tree).problems()).singleElement().asString()
                .startsWith("rules[0].rationaleTemplates.requestedAmountUnknown")
                .contains("{requestedVisits}");
    }

    @Test
    void templateWhoseClosingSentenceContradictsItsOutcome_isRejected() {
        ObjectNode tree = shippedTree();
        templates(tree).put("exceedsVisitLimit", "Too many visits. The current request is medically necessary.");
        templates(tree).put("noConditionCategory", "No category. The current request is not medically necessary.");

        assertThat(rejection(tree).problems()).anySatisfy(problem -> assertThat(problem)
                        .startsWith("rules[0].rationaleTemplates.exceedsVisitLimit").contains("must end with"))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("rules[0].rationaleTemplates.noConditionCategory").contains("expert reviewer"));
    }

    @Test
    void unknownTemplateKey_isRejected() {
        ObjectNode tree = shippedTree();
        templates(tree).put("overLimit", "x. The current request is not medically necessary.");

        assertThat(rejection(tree).problems()).singleElement().asString()
                .startsWith("rules[0].rationaleTemplates.overLimit");
    }

    @Test
    void nonPositiveLimitsAndEmptyKeywords_areRejectedTogether() {
        ObjectNode tree = shippedTree();
        ObjectNode crps = (ObjectNode) physicalMedicineRule(tree).get("conditionCategories").get(0);
        crps.put("maxVisits", 0);
        crps.put("maxWeeks", -4);
        crps.putArray("keywords");

        assertThat(rejection(tree).problems()).containsExactlyInAnyOrder(
                "rules[0].conditionCategories[0].maxVisits must be a positive number, was 0",
                "rules[0].conditionCategories[0].maxWeeks must be a positive number, was -4",
                "rules[0].conditionCategories[0].keywords must list at least one entry");
    }

    @Test
    void duplicateRuleIdAndMissingVersion_areRejected() {
        ObjectNode tree = shippedTree();
        ObjectNode copy = physicalMedicineRule(tree).deepCopy();
        copy.remove("version");
        ((ArrayNode) tree.get("rules")).add(copy);
        int copyIndex = tree.get("rules").size() - 1;
        tree.remove("knowledgeBaseVersion");

        assertThat(rejection(tree).problems()).containsExactlyInAnyOrder(
                "knowledgeBaseVersion is missing or blank",
                "rules[" + copyIndex + "].version is missing or blank",
                "rules[" + copyIndex + "].id repeats the rule id mtus-chronic-pain-physical-medicine");
    }

    @Test
    void ruleWithoutCitationOrGovernedServices_isRejected() {
        ObjectNode tree = shippedTree();
        physicalMedicineRule(tree).remove("citation");
        physicalMedicineRule(tree).putArray("appliesTo");

        assertThat(rejection(tree).problems()).contains(
                "rules[0].citation is missing", "rules[0].appliesTo must list at least one entry");
    }

    @Test
    void factStatedByTheInjurysAgeWithPhrasesOrANegativeAge_isRejected() {
        ObjectNode tree = shippedTree();
        ObjectNode fact = ((ArrayNode) tree.get("clinicalFacts")).addObject();
        fact.put("id", "INJURY_AGE_TEST").put("name", "an injury of some age").put("injuryAtLeastDays", -1);
        fact.putArray("phrases").add("weeks ago");

        assertThat(rejection(tree).problems()).hasSize(2).allSatisfy(problem -> assertThat(problem)
                .startsWith("clinicalFacts[" + (tree.get("clinicalFacts").size() - 1) + "]"));
    }

    @Test
    void aPhraseStartingWithAnArticle_isRejected() {
        ObjectNode tree = shippedTree();
        ObjectNode fact = ((ArrayNode) tree.get("clinicalFacts")).addObject();
        fact.put("id", "ARTICLE_TEST").put("name", "relief lasting long enough");
        fact.putArray("phrases").add("relief for");
        fact.putArray("notInSentencesWith").add("a week").add("hours");
        int index = tree.get("clinicalFacts").size() - 1;

        assertThat(rejection(tree).problems()).containsExactly("clinicalFacts[" + index
                + "].notInSentencesWith[0] starts with \"a\", which the reading leaves out; was \"a week\"");
    }

    @Test
    void aFactUndoneByAnUndefinedOrAnUndoneFact_isRejected() {
        ObjectNode tree = shippedTree();
        ArrayNode facts = (ArrayNode) tree.get("clinicalFacts");
        ObjectNode undone = facts.addObject();
        undone.put("id", "UNDONE_TEST").put("name", "a study done");
        undone.putArray("phrases").add("showed");
        undone.putArray("notWhenAnyOf").add("NO_SUCH_FACT").add("SAME_STUDY_DONE");
        int index = facts.size() - 1;

        assertThat(rejection(tree).problems()).containsExactlyInAnyOrder(
                "clinicalFacts[" + index + "].notWhenAnyOf names the undefined fact NO_SUCH_FACT",
                "clinicalFacts[" + index + "].notWhenAnyOf SAME_STUDY_DONE is undone by other facts itself");
    }

    @Test
    void localPhrasesOfAFactOfNoRegion_areRejected() {
        ObjectNode tree = shippedTree();
        ObjectNode fact = ((ArrayNode) tree.get("clinicalFacts")).addObject();
        fact.put("id", "LOCAL_TEST").put("name", "a lesion");
        fact.putArray("localPhrases").add("fracture");
        int index = tree.get("clinicalFacts").size() - 1;

        assertThat(rejection(tree).problems()).containsExactly("clinicalFacts[" + index
                + "].localPhrases only a regional fact has phrases of the requested region itself");
    }

    @Test
    void wordsOfAPlanForCuesNotToldAfterTheirTerms_areRejected() {
        ObjectNode tree = shippedTree();
        ObjectNode fact = ((ArrayNode) tree.get("clinicalFacts")).addObject();
        fact.put("id", "PLAN_TEST").put("name", "failed care");
        fact.putArray("phrases").add("failed conservative care");
        ObjectNode pair = fact.putArray("termsWithCues").addObject();
        pair.putArray("terms").add("pt");
        pair.putArray("cues").add("unchanged");
        pair.put("cuesStand", "AFTER_TERM");
        pair.putArray("toldAfterNotInSentencesWith").add("plan");
        int index = tree.get("clinicalFacts").size() - 1;

        assertThat(rejection(tree).problems()).containsExactly("clinicalFacts[" + index + "].termsWithCues[0]"
                + ".toldAfterNotInSentencesWith only cues told after their terms (cuesStand TOLD_AFTER) have sentences"
                + " of a plan");
    }

    @Test
    void aPlanLapsingAfterNoPositivePeriod_isRejected() {
        ObjectNode tree = shippedTree();
        ObjectNode fact = ((ArrayNode) tree.get("clinicalFacts")).addObject();
        fact.put("id", "LAPSE_TEST").put("name", "a planned surgery").put("notWhenDatedOverDaysBeforeRequest", 0);
        fact.putArray("phrases").add("surgery");
        int index = tree.get("clinicalFacts").size() - 1;

        assertThat(rejection(tree).problems()).containsExactly("clinicalFacts[" + index
                + "].notWhenDatedOverDaysBeforeRequest a period before the request is a positive number of days");
    }

    @Test
    void wordsNotForRequestsOfSomeRegionsThatTheFactDoesNotList_areRejected() {
        ObjectNode tree = shippedTree();
        ObjectNode fact = ((ArrayNode) tree.get("clinicalFacts")).addObject();
        fact.put("id", "CORD_TEST").put("name", "a cord sign");
        fact.putArray("phrases").add("clonus");
        ObjectNode words = fact.putObject("notForRequestsOf");
        words.putArray("regions").add("lumbar-spine");
        words.putArray("words").add("clonus").add("babinski");
        int index = tree.get("clinicalFacts").size() - 1;

        assertThat(rejection(tree).problems()).containsExactly("clinicalFacts[" + index
                + "].notForRequestsOf.words \"babinski\" is none of the fact's phrases or terms");
    }
}
