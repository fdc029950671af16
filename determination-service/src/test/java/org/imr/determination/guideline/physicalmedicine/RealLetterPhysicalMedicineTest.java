package org.imr.determination.guideline.physicalmedicine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.determination.guideline.CaseFileBuilder.aCase;
import static org.imr.schemas.ServiceType.ACUPUNCTURE;
import static org.imr.schemas.ServiceType.OCCUPATIONAL_THERAPY;
import static org.imr.schemas.ServiceType.PHYSICAL_THERAPY;

import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.Determination;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Physical and occupational therapy items of real Final Determination letters (shared/imr-letters/dev), each case
 * built from the facts the letter states; the expected outcome is the letter's.
 */
class RealLetterPhysicalMedicineTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    private ItemDetermination decideOnlyItem(CaseFile caseFile) {
        return engine.decide(caseFile).items().get(0);
    }

    /** Back pain, no therapy to date; six visits for the lumbar spine: Overturned. */
    @Test
    void CM17_0019907_sixPhysicalTherapyVisitsForTheLumbarWithoutPriorTherapy_isOverturned() {
        CaseFile caseFile = aCase().diagnoses("back pain")
                .complaints("pain in the lumbar spine rated 1 on a 10-point scale")
                .treatmentsToDate("activity modifications", "diagnostic imaging", "medications")
                .quantityItem("Six physical therapy visits for the lumbar", PHYSICAL_THERAPY, "lumbar", 6)
                .build();

        ItemDetermination item = decideOnlyItem(caseFile);

        assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(item.guidelineCitation()).containsIgnoringCase("physical medicine");
        assertThat(item.rationale()).contains("6 visits").endsWith("The current request is medically necessary.");
    }

    /**
     * Lumbar and neck muscle strain; 8 physical therapy sessions already provided without objective functional
     * improvement; 2 x 3 for the cervical spine and 2 x 3 for the lumbar spine: both Upheld.
     */
    @Test
    void CM17_0010362_moreTherapyAfterEightSessionsWithoutFunctionalImprovement_isUpheldForNeckAndLowBack() {
        CaseFile caseFile = aCase().diagnoses("lumbar muscle strain", "neck muscle strain")
                .complaints("pain and discomfort in the low back, rated 7-8 out of 10")
                .priorCourse(PHYSICAL_THERAPY, null, 8, false)
                .weeklyItem("Physical therapy for the cervical spine 2 times a week for 3 weeks", PHYSICAL_THERAPY,
                        "cervical spine", 2, 3)
                .weeklyItem("Physical therapy for the lumbar spine 2 times a week for 3 weeks", PHYSICAL_THERAPY,
                        "lumbar spine", 2, 3)
                .build();

        Determination determination = engine.decide(caseFile);

        assertThat(determination.items()).hasSize(2).allSatisfy(item -> {
            assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(item.rationale()).contains("prior course of 8", "myalgia and myositis")
                    .endsWith("The current request is not medically necessary.");
        });
    }

    /** Cervical and right shoulder strain; twelve sessions completed; six more (3 x 2): Upheld. */
    @Test
    void CM17_0013240_sixAdditionalSessionsAfterTwelveCompleted_isUpheld() {
        CaseFile caseFile = aCase()
                .diagnoses("chronic posttraumatic headache", "cervical strain", "right shoulder strain")
                .complaints("ongoing pain in the right side of the neck, shoulder, and headaches")
                .priorCourse(ACUPUNCTURE, null, 6, null)
                .priorCourse(PHYSICAL_THERAPY, null, 12, null)
                .weeklyItem("Additional physical therapy three times a week over two weeks", PHYSICAL_THERAPY,
                        null, 3, 2)
                .build();

        assertThat(decideOnlyItem(caseFile).outcome()).isEqualTo(Outcome.UPHELD);
    }

    /**
     * Right wrist tenosynovitis and carpal tunnel syndrome; the reviewer notes a full course of therapy already
     * completed without objective reason for more; the remaining six occupational therapy sessions: Upheld.
     */
    @Test
    void CM16_0239190_sixOccupationalTherapySessionsAfterACompletedCourse_isUpheld() {
        CaseFile caseFile = aCase().diagnoses("tenosynovitis right wrist", "carpal tunnel syndrome right wrist")
                .complaints("right wrist increasing pain with numbness into the thumb, index, and middle fingers")
                .priorCourse(PHYSICAL_THERAPY, null, null, null)
                .quantityItem("Occupational therapy for six sessions", OCCUPATIONAL_THERAPY, "right wrist", 6)
                .build();

        ItemDetermination item = decideOnlyItem(caseFile);

        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.rationale()).contains("neuralgia, neuritis and radiculitis");
    }

    /** Lower back strain; eight sessions that were not beneficial; eight more sessions: Upheld. */
    @Test
    void CM17_0003890_eightMoreSessionsAfterEightThatWereNotBeneficial_isUpheld() {
        CaseFile caseFile = aCase().diagnoses("lower back strain")
                .priorCourse(PHYSICAL_THERAPY, "lumbar spine", 8, false)
                .quantityItem("Eight (8) physical therapy sessions", PHYSICAL_THERAPY, null, 8)
                .build();

        assertThat(decideOnlyItem(caseFile).outcome()).isEqualTo(Outcome.UPHELD);
    }

    /**
     * Right hip muscle and tendon injury; prior physical therapy without a documented number of sessions or objective
     * functional improvement; four sessions, body part not specified: Upheld.
     */
    @Test
    void CM16_0235869_fourSessionsAfterUndocumentedPriorTherapy_isUpheld() {
        CaseFile caseFile = aCase()
                .diagnoses("other specific injury of the muscle, fascia, tendon of the right hip")
                .complaints("right hip pain")
                .priorCourse(PHYSICAL_THERAPY, "right hip", null, null)
                .weeklyItem("Four sessions of physical therapy two times a week times 2 weeks", PHYSICAL_THERAPY,
                        null, 2, 2)
                .build();

        assertThat(decideOnlyItem(caseFile).outcome()).isEqualTo(Outcome.UPHELD);
    }

    /**
     * Post-operative therapy after a Bankart repair is governed by the MTUS Postsurgical Treatment Guidelines (the
     * letter overturned 12 visits under them), so the chronic pain limit of 10 visits must not uphold it.
     */
    @Test
    void CM16_0246487_associatedSurgicalPhysicalTherapy_isNotDecidedByTheChronicPainLimit() {
        CaseFile caseFile = aCase().diagnoses("dislocation, shoulder")
                .priorCourse(PHYSICAL_THERAPY, "left shoulder", null, false)
                .quantityItem("Left shoulder arthroscopy with Bankart repair, possible biceps tenodesis",
                        org.imr.schemas.ServiceType.SURGERY, "left shoulder", 1)
                .quantityItem("Associated surgical service: Physical therapy, times 12", PHYSICAL_THERAPY,
                        "left shoulder", 12)
                .build();

        ItemDetermination therapy = engine.decide(caseFile).items().get(1);

        assertThat(therapy.ruleId()).isEqualTo("mtus-postsurgical-physical-medicine");
        assertThat(therapy.outcome()).isEqualTo(Outcome.OVERTURNED);
    }
}
