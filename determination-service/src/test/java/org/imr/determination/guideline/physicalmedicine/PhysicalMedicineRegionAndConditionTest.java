package org.imr.determination.guideline.physicalmedicine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.determination.guideline.CaseFileBuilder.aCase;
import static org.imr.schemas.ServiceType.OCCUPATIONAL_THERAPY;
import static org.imr.schemas.ServiceType.PHYSICAL_THERAPY;

import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which prior courses count for the requested body region, and which condition category a case falls in. */
class PhysicalMedicineRegionAndConditionTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    private ItemDetermination decideOnlyItem(CaseFile caseFile) {
        return engine.decide(caseFile).items().get(0);
    }

    @Nested
    class BodyRegionOfThePriorCourse {

        @Test
        void courseOnTheOtherWrist_doesNotCount() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("right wrist sprain")
                    .priorCourse(OCCUPATIONAL_THERAPY, "left wrist", 10, false)
                    .weeklyItem("Occupational therapy 2 x 3", OCCUPATIONAL_THERAPY, "right wrist", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        }

        @Test
        void courseOnTheLowBack_doesNotCountForTheWrists() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("bilateral carpal tunnel syndrome")
                    .priorCourse(PHYSICAL_THERAPY, "lumbar spine", 12, false)
                    .weeklyItem("Occupational therapy 2 x 4", OCCUPATIONAL_THERAPY, "bilateral wrists", 2, 4).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        }

        @Test
        void courseOnOneWrist_countsForABilateralRequest() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("bilateral carpal tunnel syndrome")
                    .priorCourse(OCCUPATIONAL_THERAPY, "right hand and wrist", 6, false)
                    .weeklyItem("Occupational therapy 2 x 4", OCCUPATIONAL_THERAPY, "bilateral wrists", 2, 4).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        }

        @Test
        void lowBackAndLumbarSpine_areTheSameRegion() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .priorCourse(PHYSICAL_THERAPY, "low back", 6, false)
                    .weeklyItem("Physical therapy 2 x 2", PHYSICAL_THERAPY, "L-spine", 2, 2).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        }

        /**
         * A course the text states counts only for the region its clause names: PT for the low back is no course for
         * the shoulder, nor for the knee (a region a lumbar finding may concern, but not one its therapy treats).
         */
        @Test
        void courseStatedInTheTextForAnotherRegion_doesNotCount() {
            for (String summary : List.of(
                    "Right shoulder strain. He has had 24 sessions of PT for the low back.",
                    "R knee pain, patellofemoral syndrome. Completed 18 PT visits for the lumbar spine in 2015.",
                    "Neck sprain. Prior therapy: 12 PT visits to the lumbar spine with good results; none to the neck.")) {
                String region = summary.startsWith("Right") ? "right shoulder" : summary.startsWith("R knee")
                        ? "right knee" : "cervical spine";
                ItemDetermination item = decideOnlyItem(aCase().summary(summary)
                        .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, region, 2, 3).build());

                assertThat(item.outcome()).as("%s", summary).isEqualTo(Outcome.OVERTURNED);
            }
            ItemDetermination sameRegion = decideOnlyItem(aCase().summary(
                    "R knee pain. Completed 18 PT visits for the right knee without functional improvement.")
                    .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "right knee", 2, 3).build());

            assertThat(sameRegion.outcome()).isEqualTo(Outcome.UPHELD);
        }

        /**
         * The visits of the course the text states are counted in the sentence right after it too, when that sentence
         * names no service of its own and no request: "PT has helped her walk farther. She has completed 4 sessions."
         * (4 + 6 within the 10 visits for myalgia); not "... She has completed 12 sessions of acupuncture." nor "The
         * provider requested 12 sessions.", after which the count stays unknown.
         */
        @Test
        void visitsCountedInTheSentenceAfterTheCourse_count() {
            String course = "Lumbar strain. Physical therapy has helped her walk farther and sit longer. ";
            for (String after : List.of("She has completed 4 sessions.", "4 visits were completed to date.")) {
                ItemDetermination item = decideOnlyItem(aCase().summary(course + after)
                        .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "lumbar", 2, 3).build());

                assertThat(item.outcome()).as("%s", after).isEqualTo(Outcome.OVERTURNED);
            }
            for (String after : List.of("She has completed 12 sessions.", "She has completed 4 sessions of acupuncture.",
                    "The provider requested 4 sessions.")) {
                ItemDetermination item = decideOnlyItem(aCase().summary(course + after)
                        .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "lumbar", 2, 3).build());

                assertThat(item.outcome()).as("%s", after).isEqualTo(Outcome.UPHELD);
            }
        }

        @Test
        void courseWithoutStatedRegion_counts() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain")
                    .priorCourse(PHYSICAL_THERAPY, null, 6, false)
                    .weeklyItem("Physical therapy 2 x 2", PHYSICAL_THERAPY, "lumbar", 2, 2).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        }
    }

    @Nested
    class ConditionCategory {

        @Test
        void diagnosisOfTheRequestedRegionDecidesTheCategory() {
            // 2 x 5 fits myalgia (10 visits over 8 weeks) but not radiculitis (over 4 weeks).
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar radiculopathy", "right wrist sprain")
                    .weeklyItem("Occupational therapy 2 x 5", OCCUPATIONAL_THERAPY, "right wrist", 2, 5).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.rationale()).contains("myalgia and myositis", "right wrist sprain");
        }

        @Test
        void negatedFindingDoesNotPutTheCaseInACategory() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("lumbar strain without radiculopathy")
                    .weeklyItem("Physical therapy 2 x 5", PHYSICAL_THERAPY, "lumbar", 2, 5).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.rationale()).contains("myalgia and myositis");
        }

        @Test
        void complaintsAreUsedWhenNoDiagnosisFallsInACategory() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("knee contracture")
                    .complaints("radicular pain down the left leg")
                    .weeklyItem("Physical therapy 3 x 4", PHYSICAL_THERAPY, "left knee", 3, 4).build());

            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("complaint of radicular pain", "neuralgia, neuritis and radiculitis");
        }

        @Test
        void aFlareOrSorenessIsMyalgiaWithoutAPainWord() {
            ItemDetermination item = decideOnlyItem(aCase().complaints("a flare of the right knee after twisting it")
                    .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "right knee", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.rationale()).contains("myalgia and myositis");
        }

        @Test
        void fractureTreatedWithoutSurgery_takesTheMedicalTreatmentVisitsOfTheFractureCategory() {
            ItemDetermination item = decideOnlyItem(aCase().diagnoses("acute Lisfranc fracture")
                    .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "left foot", 2, 3).build());

            assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(item.rationale()).contains("fracture or dislocation treated without surgery");
        }

        /**
         * No condition of a category documented: every case is of an industrial injury, which the guideline's
         * unspecified category holds (myalgia and myositis, unspecified: 9-10 visits over 8 weeks).
         */
        @Test
        void noCategory_fallsUnderTheUnspecifiedInjury() {
            ItemDetermination first = decideOnlyItem(aCase().diagnoses("gait abnormality")
                    .weeklyItem("Physical therapy 2 x 3", PHYSICAL_THERAPY, "left foot", 2, 3).build());
            ItemDetermination overTheLimit = decideOnlyItem(aCase().diagnoses("gait abnormality")
                    .weeklyItem("Physical therapy 3 x 4", PHYSICAL_THERAPY, "left foot", 3, 4).build());

            assertThat(first.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(first.rationale()).contains("industrial injury, with no condition of another category documented")
                    .contains("up to 10 visits over 8 weeks");
            assertThat(overTheLimit.outcome()).isEqualTo(Outcome.UPHELD);
        }
    }
}
