package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.junit.jupiter.api.Test;

/** Every rule of the knowledge base is tested on a real letter, or named here with the test that covers it. */
class EveryRuleTestedTest {

    /** Rules tested outside {@code real-letter-rules.psv}, and where. */
    private static final Map<String, String> TESTED_ELSEWHERE = Map.ofEntries(
            Map.entry("mtus-postsurgical-physical-medicine-after-recent-surgery", "RulesOnLetterStyleTextTest"),
            Map.entry("odg-continuous-flow-cryotherapy", "RealLetterProceduresTest (CM16-0246487)"),
            Map.entry("odg-postoperative-sling", "RealLetterProceduresTest (CM16-0246487)"),
            Map.entry("odg-postoperative-abduction-pillow-sling-rotator-cuff-repair",
                    "RealLetterProceduresTest (CM17-0007142), RulesOnLetterStyleTextTest"),
            Map.entry("acoem-electrodiagnostic-testing-hand-wrist", "RulesOnLetterStyleTextTest"),
            Map.entry("acoem-surgery-low-back", "RulesWithoutADevelopmentLetterTest"),
            Map.entry("acoem-surgery-neck", "RulesWithoutADevelopmentLetterTest"),
            Map.entry("acoem-surgery-elbow", "RulesWithoutADevelopmentLetterTest"),
            Map.entry("acoem-surgery-ankle-foot", "RulesWithoutADevelopmentLetterTest"),
            Map.entry("mtus-thermography", "RulesWithoutADevelopmentLetterTest"),
            Map.entry("mtus-chronic-pain-nsaid-laboratory-monitoring", "LaboratoryTestsTest"),
            Map.entry("odg-preoperative-lab-testing-surgery-planned", "LaboratoryTestsTest"),
            Map.entry("odg-preoperative-electrocardiogram-surgery-planned", "LaboratoryTestsTest"),
            Map.entry("odg-preoperative-chest-radiograph-surgery-planned", "LaboratoryTestsTest"),
            Map.entry("odg-preoperative-coagulation-studies-surgery-planned", "LaboratoryTestsTest"),
            Map.entry("acoem-electromyography-carpal-tunnel-syndrome", "ElectromyographyForCarpalTunnelSyndromeTest"),
            Map.entry("acoem-facet-injection", "DocumentedCriteriaEvaluatorTest"),
            Map.entry("mtus-chronic-pain-office-visits-specialist-evaluation", "RulesOnLetterStyleTextTest"));

    @Test
    void everyRuleHasATestFromARealLetterOrIsNamedWithItsTest() throws IOException {
        Set<String> rules = new GuidelineKnowledgeBaseLoader().loadDefault().rules().stream()
                .map(GuidelineRule::id).collect(Collectors.toSet());
        Set<String> tested = new HashSet<>(realLetterRows());
        tested.addAll(letterStyleRows());
        tested.addAll(TESTED_ELSEWHERE.keySet());

        assertThat(rules).as("rules without a test").isSubsetOf(tested);
        assertThat(TESTED_ELSEWHERE.keySet()).as("names of rules that no longer exist").isSubsetOf(rules);
    }

    /** The rules {@link RulesOnLetterStyleTextTest} decides, the first column of its rows. */
    private static Set<String> letterStyleRows() throws IOException {
        java.nio.file.Path source = java.nio.file.Path.of("src/test/java",
                RulesOnLetterStyleTextTest.class.getName().replace('.', '/') + ".java");
        return java.nio.file.Files.readAllLines(source).stream()
                .map(String::strip)
                .filter(line -> line.matches("[a-z0-9-]+ +\\|.*"))
                .map(line -> line.split("\\|")[0].strip())
                .collect(Collectors.toSet());
    }

    private static Set<String> realLetterRows() throws IOException {
        try (BufferedReader rows = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                EveryRuleTestedTest.class.getResourceAsStream("/real-letter-rules.psv")), StandardCharsets.UTF_8))) {
            return rows.lines().filter(row -> !row.isBlank() && !row.startsWith("#"))
                    .map(row -> row.split("\\|")[3].trim()).collect(Collectors.toSet());
        }
    }
}
