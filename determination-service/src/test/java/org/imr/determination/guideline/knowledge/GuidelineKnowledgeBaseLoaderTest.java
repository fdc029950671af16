package org.imr.determination.guideline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.physicalMedicineRule;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.load;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.shippedText;
import static org.imr.determination.guideline.knowledge.KnowledgeBaseJson.shippedTree;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class GuidelineKnowledgeBaseLoaderTest {

    @Test
    void shippedFile_holdsTheMtusPhysicalMedicineLimitsOfTheDomainBrief() {
        GuidelineKnowledgeBase knowledgeBase = new GuidelineKnowledgeBaseLoader().loadDefault();

        assertThat(knowledgeBase.knowledgeBaseVersion()).isNotBlank();
        GuidelineRule rule = knowledgeBase.rules().stream()
                .filter(candidate -> candidate.governs(java.util.Set.of("occupational-therapy"))
                        && candidate.appliesWhenCaseStates().isEmpty())
                .findFirst().orElseThrow();
        assertThat(rule.governs(java.util.Set.of("physical-therapy"))).isTrue();
        assertThat(rule.governs(java.util.Set.of("physical-therapy", "post-operative"))).isFalse();
        assertThat(rule.hierarchyLevel()).isEqualTo(HierarchyLevel.MTUS);
        Map<String, String> limits = rule.conditionCategories().stream()
                .collect(Collectors.toMap(ConditionCategory::id, c -> c.maxVisits() + "/" + c.maxWeeks()));
        assertThat(limits).containsEntry("MYALGIA_MYOSITIS", "10/8")
                .containsEntry("NEURALGIA_NEURITIS_RADICULITIS", "10/4")
                .containsEntry("CRPS", "24/16");
    }

    @Test
    void malformedJson_isRejectedWithItsLocation() {
        String truncated = shippedText().substring(0, shippedText().length() / 2);

        assertThatThrownBy(() -> load(truncated))
                .isInstanceOf(InvalidKnowledgeBaseException.class)
                .hasMessageContaining("test knowledge base is invalid")
                .hasMessageContaining("line ");
    }

    @Test
    void misspelledField_isRejected() {
        String misspelled = shippedText().replaceFirst("\"maxVisits\"", "\"maxVisit\"");

        assertThatThrownBy(() -> load(misspelled))
                .isInstanceOf(InvalidKnowledgeBaseException.class)
                .hasMessageContaining("maxVisit");
    }

    @Test
    void duplicateKey_isRejected() {
        String duplicated = shippedText().replaceFirst("\"maxVisits\": 24,", "\"maxVisits\": 24, \"maxVisits\": 40,");

        assertThatThrownBy(() -> load(duplicated)).isInstanceOf(InvalidKnowledgeBaseException.class);
    }

    @Test
    void unknownFieldOrRuleKind_isRejected() {
        ObjectNode unknownService = shippedTree();
        physicalMedicineRule(unknownService).putArray("PHYSIOTHERAPY").add("governs");
        ObjectNode unknownKind = shippedTree();
        physicalMedicineRule(unknownKind).put("kind", "VISIT_LIMITS");

        assertThatThrownBy(() -> load(unknownService))
                .isInstanceOf(InvalidKnowledgeBaseException.class).hasMessageContaining("PHYSIOTHERAPY");
        assertThatThrownBy(() -> load(unknownKind))
                .isInstanceOf(InvalidKnowledgeBaseException.class).hasMessageContaining("rules[0].kind");
    }

    @Test
    void fractionalVisitLimit_isRejected() {
        ObjectNode tree = shippedTree();
        ((ObjectNode) physicalMedicineRule(tree).get("conditionCategories").get(0)).put("maxVisits", 10.5);

        assertThatThrownBy(() -> load(tree)).isInstanceOf(InvalidKnowledgeBaseException.class);
    }

    @Test
    void emptyOrMissingFile_isRejected() {
        assertThatThrownBy(() -> load("")).isInstanceOf(InvalidKnowledgeBaseException.class);
        assertThatThrownBy(() -> load("null")).isInstanceOf(InvalidKnowledgeBaseException.class);
        assertThatThrownBy(() -> new GuidelineKnowledgeBaseLoader().loadFromClasspath("guidelines/missing.json"))
                .isInstanceOf(InvalidKnowledgeBaseException.class)
                .hasMessageContaining("guidelines/missing.json");
    }
}
