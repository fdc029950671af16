package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The branches of the documented-criteria rules, on short clinical summaries. */
class DocumentedCriteriaEvaluatorTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    private ItemDetermination decide(String summary, String description, ServiceType type) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, description, type, null, null, null, null)), LocalDate.of(2016, 12, 1));
        return engine.decide(caseFile).items().get(0);
    }

    @Test
    void aFactThatRulesTheServiceOut_upholdsTheDenial() {
        ItemDetermination item = decide("The injured worker has facet mediated low back pain with radiating pain to the "
                + "left leg. Pain persisted despite conservative care.", "Lumbar facet injection L4-5", ServiceType.FACET_INJECTION);

        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.ruleId()).isEqualTo("acoem-facet-injection");
        assertThat(item.rationale()).contains("radicular symptoms");
    }

    @Test
    void factsThatTogetherRuleTheServiceOut_upholdTheDenial_eachAloneDoesNot() {
        ItemDetermination both = decide("He takes Norco for chronic neck pain. Low risk on the ORT. UDS 10/1/2016 "
                + "was consistent.", "Urine drug screen", ServiceType.UNKNOWN);
        ItemDetermination testOnly = decide("He takes Norco for chronic neck pain. UDS 10/1/2016 was consistent.",
                "Urine drug screen", ServiceType.UNKNOWN);
        ItemDetermination riskOnly = decide("He takes Norco for chronic neck pain. Low risk on the ORT.",
                "Urine drug screen", ServiceType.UNKNOWN);

        assertThat(both.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(both.rationale()).contains("not yet due").contains("a low risk of aberrant drug-taking behaviour");
        assertThat(testOnly.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(riskOnly.outcome()).isEqualTo(Outcome.OVERTURNED);
    }

    @Test
    void everyFactOfAnAlternativeDocumented_overturnsTheDenial() {
        ItemDetermination item = decide("The injured worker has facet arthropathy of the lumbar spine. Pain persisted "
                + "despite conservative care including physical therapy.", "Lumbar facet injection L4-5",
                ServiceType.FACET_INJECTION);

        assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(item.evidence()).anySatisfy(fact -> assertThat(fact.evidence()).contains("clinical summary, sentence 2"));
    }

    @Test
    void missingDocumentation_upholdsTheDenialAndNamesWhatIsMissing() {
        ItemDetermination item = decide("The injured worker complains of low back pain.", "MRI of the lumbar spine",
                ServiceType.MRI);

        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.rationale()).contains("do not document").endsWith("The current request is not medically necessary.");
    }

    @Test
    void aNegatedFindingIsNotDocumentation() {
        ItemDetermination item = decide("There was no fracture. There were no red flags.", "MRI of the lumbar spine",
                ServiceType.MRI);

        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
    }

    @Test
    void aRequestAboveTheLimit_orWithoutAnAmount_isUpheld() {
        assertThat(decide("Low back pain.", "Acupuncture 2 times a week for 6 weeks", ServiceType.ACUPUNCTURE).rationale())
                .contains("is for 12, more than the 6");
        assertThat(decide("Low back pain.", "Acupuncture for the low back", ServiceType.ACUPUNCTURE).rationale())
                .contains("does not state the number");
    }

    /**
     * A course extended with functional improvement past the most visits in all (MTUS Chronic Pain, Manual therapy &
     * manipulation: a trial of 6 visits and up to 18 in all): the letter counts the request after the visits given.
     */
    @Test
    void anExtensionPastTheVisitsInAll_isUpheldCountingTheVisitsGiven() {
        ItemDetermination item = decide("Chiro x 12 completed; ODI 40 -> 22 and back to full duty.",
                "Chiropractic x 8, lumbar", ServiceType.CHIROPRACTIC);

        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.ruleId()).isEqualTo("mtus-chronic-pain-manipulation");
        assertThat(item.rationale()).endsWith(" The request for Chiropractic x 8, lumbar is for 8 more after the 12 "
                + "already given (20 in all), more than the 18 visits in all the guideline supports at this point of "
                + "care (before functional improvement is documented, or in all once it is). The current request is not "
                + "medically necessary.");
    }

    @Test
    void theCertifiedPartOfAModifiedRequestCountsAgainstTheLimit() {
        ItemDetermination item = decide("Low back pain.", "Chiropractic manipulation times 12 was the original request. "
                + "Chiropractic manipulation times 6 was authorized by the Claims Administrator. The remaining IMR "
                + "eligible portion of the original request, Chiropractic manipulation times 6 is", ServiceType.CHIROPRACTIC);

        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.rationale()).contains("request for Chiropractic manipulation times 6 is for 12");
    }

    @Test
    void extendingAPriorCourse_needsFunctionalImprovement() {
        assertThat(decide("Treatment to date has included acupuncture sessions.", "Acupuncture #6",
                ServiceType.ACUPUNCTURE).outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(decide("Treatment to date has included acupuncture sessions with a reduction in work restrictions.",
                "Acupuncture #6", ServiceType.ACUPUNCTURE).outcome()).isEqualTo(Outcome.OVERTURNED);
    }

    @Test
    void aPreoperativeTestIsNotNecessaryWhenTheSurgeryDisputedInTheSameCaseIsNot() {
        ItemDetermination test = decideSurgeryAndTest("The treatment plan included a right shoulder arthroscopy.");

        assertThat(test.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(test.ruleId()).isEqualTo("ancillary-services-follow-procedure");
        assertThat(test.rationale()).contains("Right shoulder arthroscopy",
                "the requested ancillary service is not medically necessary");
        assertThat(test.guidelineCitation()).isEqualTo("The Expert Reviewer did not cite any medical evidence for its decision");
    }

    @Test
    void aPreoperativeTestIsDecidedByItsOwnRuleWhenTheSurgeryDisputedInTheSameCaseIsNecessary() {
        ItemDetermination test = decideSurgeryAndTest("An MRI of the right shoulder revealed a full thickness tear of "
                + "the supraspinatus. The treatment plan included a right shoulder arthroscopy.");

        assertThat(test.ruleId()).isEqualTo("odg-preoperative-testing");
        assertThat(test.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(test.guidelineCitation()).contains("Preoperative lab testing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cold therapy unit, 7 day rental", "Game Ready unit", "Ultrasling",
            "Shoulder immobilizer", "CPM machine for 21 days", "Sequential compression device", "Crutches",
            "Front wheeled walker"})
    void postOperativeEquipmentFollowsTheSurgeryDisputedBesideIt(String equipment) {
        ItemDetermination deniedSurgery = decideSurgeryAnd(equipment,
                "The treatment plan included a right shoulder arthroscopy.");
        ItemDetermination necessarySurgery = decideSurgeryAnd(equipment, "An MRI of the right shoulder revealed a full "
                + "thickness tear of the supraspinatus. The treatment plan included a right shoulder arthroscopy.");

        assertThat(deniedSurgery.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(deniedSurgery.ruleId()).isEqualTo("ancillary-services-follow-procedure");
        assertThat(necessarySurgery.ruleId()).isNotEqualTo("ancillary-services-follow-procedure");
    }

    private ItemDetermination decideSurgeryAndTest(String summary) {
        return decideSurgeryAnd("Pre-operative CBC", summary);
    }

    private ItemDetermination decideSurgeryAnd(String service, String summary) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, "Right shoulder arthroscopy", ServiceType.SURGERY, null, null, null, null),
                        new DisputedTreatment(2, service, ServiceType.OTHER, null, null, null, null)),
                LocalDate.of(2016, 12, 1));
        return engine.decide(caseFile).items().get(1);
    }
}
