package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clinical scenarios written from the guidelines' criteria, in the letters' style and in the terse style of treating
 * physicians' notes, each with the decision its guideline asks: both sides of a criterion, reworded (word order,
 * abbreviations, brand and generic names, negation, history against plan). No development letter's wording. A scenario
 * carries only a disputed item, a clinical summary and, where it matters, the days from the injury to the request; the
 * rule is found from the item's words alone. Lines: {@code item | summary | days since injury or empty | OUTCOME}.
 */
class GuidelineScenariosTest {

    private static final String RESOURCE = "/scenarios/guideline-scenarios.psv";
    private static final LocalDate RECEIVED = LocalDate.of(2017, 1, 9);
    private static final DeterminationEngine ENGINE = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0} | {1} -> {3}")
    @MethodSource("scenarios")
    void decidesAsTheGuidelineAsks(String item, String summary, Integer daysSinceInjury, Outcome expected) {
        LocalDate injury = daysSinceInjury == null ? null : RECEIVED.minusDays(daysSinceInjury);
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, item, ServiceType.UNKNOWN, null, null, null, null)), RECEIVED, injury,
                RECEIVED);

        assertThat(ENGINE.decide(caseFile).items().get(0).outcome()).isEqualTo(expected);
    }

    static Stream<Arguments> scenarios() throws IOException {
        try (InputStream in = GuidelineScenariosTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            List<Arguments> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(GuidelineScenariosTest::scenario)
                    .toList();
            assertThat(lines).as("scenarios in " + RESOURCE).isNotEmpty();
            return lines.stream();
        }
    }

    private static Arguments scenario(String line) {
        String[] fields = line.split("\\|", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException("a scenario has 4 fields separated by '|': " + line);
        }
        String days = fields[2].strip();
        return Arguments.of(fields[0].strip(), fields[1].strip(), days.isEmpty() ? null : Integer.valueOf(days),
                Outcome.valueOf(fields[3].strip()));
    }
}
