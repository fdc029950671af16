package org.imr.determination.guideline.physicalmedicine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.determination.guideline.CaseFileBuilder.aCase;
import static org.imr.schemas.ServiceType.ACUPUNCTURE;
import static org.imr.schemas.ServiceType.OCCUPATIONAL_THERAPY;
import static org.imr.schemas.ServiceType.PHYSICAL_THERAPY;

import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each branch of the MTUS physical medicine rule, with the rules of the shipped knowledge base. */
class PhysicalMedicineRuleTest {

    private static final String MEDICALLY_NECESSARY = "The current request is medically necessary.";
    private static final String NOT_MEDICALLY_NECESSARY = "The current request is not medically necessary.";

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    private ItemDetermination decideOnlyItem(CaseFile caseFile) {
        return engine.decide(caseFile).items().get(0);
    }

    @Nested
    class WithoutPriorCourse {

        @Test
        void withinLimit_isOverturned() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar sprain/strain")
                    .weeklyItem("Physical therapy 2 x 3, lumbar", PHYSICAL_THERAPY, "lumbar spine", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.rationale()).contains("6 visits", "myalgia and myositis", "10 visits over 8 weeks")
                    .endsWith(MEDICALLY_NECESSARY);
        }

        @Test
        void nerveSymptomsWithoutADiagnosisFallUnderNeuritis_notReferred() {
            ItemDetermination item = decideOnlyItem(aCase().complaints("numbness and tingling of both hands at night")
                    .weeklyItem("Occupational therapy 2 x 3, both wrists", OCCUPATIONAL_THERAPY, "wrist", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.rationale()).contains("neuralgia, neuritis and radiculitis");
        }

        @Test
        void moreVisitsThanTheCategoryAllows_isUpheld() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("cervical radiculopathy")
                    .weeklyItem("Physical therapy 3 x 4, neck", PHYSICAL_THERAPY, "cervical spine", 3, 4).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("12", "limit of 10 visits").endsWith(NOT_MEDICALLY_NECESSARY);
        }

        @Test
        void moreWeeksThanTheCategoryAllows_isUpheld() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar radiculitis")
                    .weeklyItem("Physical therapy 2 x 5", PHYSICAL_THERAPY, "lumbar", 2, 5).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("5 weeks", "4 weeks").endsWith(NOT_MEDICALLY_NECESSARY);
        }

        @Test
        void sameRequestForMyalgia_fitsItsEightWeeks_isOverturned() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar myofascial pain")
                    .weeklyItem("Physical therapy 2 x 5", PHYSICAL_THERAPY, "lumbar", 2, 5).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        }

        @Test
        void crpsAllowsMoreThanTenVisits_isOverturned() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("complex regional pain syndrome, left hand")
                    .weeklyItem("Occupational therapy 2 x 8", OCCUPATIONAL_THERAPY, "left hand", 2, 8).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.rationale()).contains("16 visits", "24 visits over 16 weeks");
        }

        @Test
        void quantityIsUsedWhenFrequencyAndDurationAreMissing() {
            ItemDetermination within = decideOnlyItem(aCase().diagnoses("shoulder strain")
                    .quantityItem("Physical therapy x 8", PHYSICAL_THERAPY, "right shoulder", 8).build());
            ItemDetermination above = decideOnlyItem(aCase().diagnoses("shoulder strain")
                    .quantityItem("Physical therapy x 12", PHYSICAL_THERAPY, "right shoulder", 12).build());

            assertThat(within.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(above.outcome()).isEqualTo(Outcome.UPHELD);
        }

        @Test
        void requestedAmountUnknown_isUpheldForMissingDocumentation() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .quantityItem("Physical therapy evaluation", PHYSICAL_THERAPY, "lumbar", null).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("does not state the number of visits")
                    .endsWith(NOT_MEDICALLY_NECESSARY);
        }
    }

    @Nested
    class WithPriorCourse {

        @Test
        void withoutDocumentedFunctionalImprovement_isUpheld() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .priorCourse(PHYSICAL_THERAPY, "lumbar spine", 4, false)
                    .weeklyItem("Physical therapy 2 x 2", PHYSICAL_THERAPY, "low back", 2, 2).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("prior course of 4", "without documented objective functional")
                    .endsWith(NOT_MEDICALLY_NECESSARY);
        }

        @Test
        void functionalImprovementNotStated_countsAsNotDocumented() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .priorCourse(PHYSICAL_THERAPY, "lumbar", null, null)
                    .weeklyItem("Physical therapy 2 x 2", PHYSICAL_THERAPY, "lumbar", 2, 2).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("an undocumented number of");
        }

        @Test
        void withFunctionalImprovementAndTotalWithinLimit_isOverturned() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .priorCourse(PHYSICAL_THERAPY, "lumbar", 4, true)
                    .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "lumbar", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.rationale()).contains("4 prior", "total of 10").endsWith(MEDICALLY_NECESSARY);
        }

        @Test
        void withFunctionalImprovementAndTotalAboveLimit_isUpheld() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .priorCourse(PHYSICAL_THERAPY, "lumbar", 6, true)
                    .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "lumbar", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("total of 12").endsWith(NOT_MEDICALLY_NECESSARY);
        }

        @Test
        void withFunctionalImprovementButUncountedVisits_isUpheld() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .priorCourse(PHYSICAL_THERAPY, "lumbar", null, true)
                    .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "lumbar", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("not the number of visits completed");
        }

        @Test
        void physicalTherapyCourseCountsAgainstAnOccupationalTherapyRequest() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("right carpal tunnel syndrome")
                    .priorCourse(PHYSICAL_THERAPY, "right wrist", 8, false)
                    .weeklyItem("Occupational therapy 2 x 2", OCCUPATIONAL_THERAPY, "right wrist", 2, 2).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        }

        @Test
        void courseOfAnotherServiceDoesNotCount() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .priorCourse(ACUPUNCTURE, "lumbar", 6, false)
                    .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "lumbar", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        }
    }
}
