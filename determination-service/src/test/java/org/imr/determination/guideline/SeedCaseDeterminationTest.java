package org.imr.determination.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.determination.guideline.CaseFileBuilder.aCase;

import java.time.LocalDate;
import java.util.List;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

/** The case of shared/seed/imr-final-determination-example.txt: occupational therapy, bilateral wrists, Overturned. */
class SeedCaseDeterminationTest {

    private static final String CITATION_AS_LETTER_PRINTS_IT =
            "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99";

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @Test
    void seedCase_occupationalTherapyBilateralWrists2x4_isOverturnedWithPhysicalMedicineCitation() {
        CaseFile seedCase = new CaseFile(
                List.of("clinically consistent lumbar radiculopathy", "low back pain", "sacroiliitis",
                        "lumbar facet pain", "bilateral carpal tunnel syndrome"),
                List.of("medications", "home exercise program"),
                List.of("lower back pain", "bilateral hand pain"),
                7,
                LocalDate.of(2015, 5, 29),
                "continued medications including Norco and gabapentin, continued home exercise program, right wrist"
                        + " brace, occupational therapy to the bilateral wrists and hands, updated lumbar spine MRI",
                null,
                List.of(),
                List.of(new DisputedTreatment(1, "Occupational therapy, bilateral wrists, 2 x 4",
                        ServiceType.OCCUPATIONAL_THERAPY, "bilateral wrists", 2, 4, null)));

        Determination determination = engine.decide(seedCase);

        assertThat(determination.items()).singleElement().satisfies(item -> {
            assertThat(item.itemNumber()).isEqualTo(1);
            assertThat(item.itemDescription()).isEqualTo("Occupational therapy, bilateral wrists, 2 x 4");
            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.guidelineCitation()).isEqualTo(CITATION_AS_LETTER_PRINTS_IT);
            assertThat(item.rationale())
                    .contains("8 visits", "occupational therapy", "bilateral wrists", "carpal tunnel",
                            "neuralgia, neuritis and radiculitis", "no prior course")
                    .endsWith("The current request is medically necessary.");
            assertThat(item.ruleId()).isNotBlank();
            assertThat(item.ruleVersion()).isNotBlank();
        });
        assertThat(determination.knowledgeBaseVersion()).isEqualTo(engine.knowledgeBaseVersion()).isNotBlank();
    }

    @Test
    void caseFileAndDecisionToString_leaveOutClinicalText() {
        CaseFile seedCase = aCase()
                .diagnoses("bilateral carpal tunnel syndrome")
                .weeklyItem("Occupational therapy, bilateral wrists, 2 x 4", ServiceType.OCCUPATIONAL_THERAPY,
                        "bilateral wrists", 2, 4)
                .build();

        assertThat(seedCase.toString()).doesNotContain("carpal").doesNotContain("wrists");
        assertThat(engine.decide(seedCase).items().get(0).toString()).doesNotContain("carpal");
    }
}
