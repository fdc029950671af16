package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.imr.determination.guideline.knowledge.ClinicalFactDefinition;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts stated by a term with its cue near it, in either word order: every examination sign of the knowledge base
 * reported positive in the ways examinations are written (one side's result contrasted with the other's too), and
 * never when reported negative, negated or after another sign's "positive" that a "negative" closes, nor when a
 * contrast goes on to another sign. The sentences are generated from the knowledge base's own terms.
 */
class TermsWithCuesTest {

    private static final List<ClinicalFactDefinition> FACTS = new GuidelineKnowledgeBaseLoader().loadDefault()
            .clinicalFacts();
    private static final ClinicalFactFinder FINDER = new ClinicalFactFinder(FACTS);
    /** A request of the region the care below was given to (improvement is a finding of a body region). */
    private static final String ARM_STUDY = "NCS of the right arm";
    private static final String SHOULDER_SURGERY = "Right shoulder arthroscopic rotator cuff repair";

    /** Ways an examination reports a sign found. */
    private static final List<String> REPORTED_POSITIVE = List.of(
            "There was a positive %s on the right.",
            "%s was positive.",
            "The %s test is positive bilaterally.",
            "Examination revealed positive bilateral %s.",
            "%s's sign: positive.",
            "%s + on the right.",
            "+ %s bilaterally.",
            "(+) %s.",
            "%s (+) at 45 degrees.",
            "%s is negative on the left and positive on the right.",
            "%s negative on the right, positive on the left.",
            "%s: right negative, left positive.");

    /** Ways an examination reports a sign not found. */
    private static final List<String> REPORTED_NEGATIVE = List.of(
            "%s was negative.",
            "Negative %s bilaterally.",
            "There was no positive %s.",
            "The %s test was normal, and the patient was positive for anxiety.",
            "%s negative, reflexes 2+ and symmetric.",
            "%s (-), edema +1.",
            "%s negative bilaterally, and positive Allen's test on the left.",
            "%s negative on the right, Allen's test positive on the left.");

    static Stream<Arguments> signsOfTheKnowledgeBase() {
        return FACTS.stream()
                .flatMap(fact -> fact.termsWithCues().stream()
                        .filter(pair -> pair.cues().contains("positive") && pair.termsNeeded() == 1)
                        .flatMap(pair -> pair.terms().stream().map(sign -> Arguments.of(fact.id(), sign))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("signsOfTheKnowledgeBase")
    void aSignReportedPositiveInAnyWordOrderStatesItsFact(String factId, String sign) {
        assertEachReadAs(REPORTED_POSITIVE, factId, sign, true);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("signsOfTheKnowledgeBase")
    void aSignReportedNegativeOrNormalDoesNot(String factId, String sign) {
        assertEachReadAs(REPORTED_NEGATIVE, factId, sign, false);
    }

    private static void assertEachReadAs(List<String> sentences, String factId, String sign, boolean stated) {
        for (String sentence : sentences) {
            String summary = "He reports pain. " + sentence.formatted(sign);

            assertThat(FINDER.find(factId, text(summary)).isPresent()).as("%s", summary).isEqualTo(stated);
        }
    }

    /** A clause that opens with a sign and reports it positive is a statement of its own, past a negation before it. */
    @Test
    void aSignReportedPositiveInItsOwnClauseIsNotNegatedByTheClauseBefore() {
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("No myelopathy, Spurling's positive on the right.")))
                .isPresent();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("No weakness, numbness or positive Spurling's.")))
                .isEmpty();
    }

    @Test
    void anotherSignsPositiveDoesNotReachASignReportedNegative() {
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("Hawkins was positive, Spurling's negative.")))
                .isEmpty();
    }

    /** A "not" in the next clause is said of something else; in the same clause it still says the term is not so. */
    @Test
    void aCueBeforeATermHoldsAgainstANegationOfTheNextClause() {
        assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", text(
                "He failed all conservative treatment, is not a surgical candidate and wants to work.", ARM_STUDY)))
                .isPresent();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("Positive Spurling's, negative Phalen's.")))
                .isPresent();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("Positive Spurling's was not reproduced.")))
                .isEmpty();
    }

    /** Reflexes reported reduced are a deficit; reflexes reported equal or symmetric end the reach of a later cue. */
    @Test
    void reflexesReportedSymmetricAreNoDeficitWhateverFollows() {
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("Deep tendon reflexes are decreased at the left ankle.")))
                .isPresent();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("The left ankle reflex is absent.")))
                .isPresent();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("Reflexes are 2/4 and equal; decreased range of motion.")))
                .isEmpty();
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("Deep tendon reflexes 2+ and symmetric, decreased flexion.")))
                .isEmpty();
    }

    @Test
    void functionalImprovementIsReadInEitherWordOrder() {
        assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text("Her walking tolerance has improved.")))
                .isPresent();
        assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text("He reports better function with the program.")))
                .isPresent();
        assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text("His activities of daily living improved.")))
                .isPresent();
        assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text("His function has not improved.")))
                .isEmpty();
        assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text("There was no improvement in function.")))
                .isEmpty();
    }

    /**
     * A limit of an activity is no gain in it (MTUS Chronic Pain, 9792.20(f): a clinically significant improvement in
     * activities of daily living): "can walk only 1 block" against "now able to walk 30 minutes daily".
     */
    @Test
    void aLimitOfAnActivityIsNoFunctionalImprovement() {
        for (String summary : List.of("Can walk only 1 block.", "He is able to walk only half a block.",
                "She can walk no more than 10 minutes.", "He is able to sit for less than 20 minutes.",
                "Pain 5/10 with meds; he can sit no longer than 15 minutes.",
                "Functional status unchanged; he remains off work and can walk only 1 block.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as(summary).isEmpty();
        }
        for (String summary : List.of("He is now able to walk 30 minutes daily.", "She can walk 2 miles.",
                "Now able to walk 30 minutes, only mild pain.", "She can cook and is now able to do light housework.",
                "Pain 6/10 with medications; with medications he is able to walk 30 minutes daily.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as(summary).isPresent();
        }
    }

    /**
     * A goal or a wish is no improvement achieved (MTUS Chronic Pain, 9792.20(f)): "Goal: walk 30 min", "he would like
     * to be able to return to work", while the sentence before still states the gain.
     */
    @Test
    void aGoalOrAWishIsNoFunctionalImprovement() {
        for (String summary : List.of("Goal: able to walk 30 minutes daily.",
                "Functional goals: return to modified duty and walk 30 minutes.",
                "The goal is to be able to walk 30 minutes.", "He would like to be able to return to work.",
                "She hopes to be able to do housework.", "Pt wants to be able to lift his grandchild.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as(summary).isEmpty();
        }
        for (String summary : List.of("He is now able to walk 30 minutes daily. Goal: return to full duty.",
                "With the medication she can cook and do light housework; she would like to return to work.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as(summary).isPresent();
        }
    }

    /**
     * A goal the worker has met, achieved or reached is a gain, not a wish (MTUS 9792.20(f), functional improvement):
     * "she has met her goal of walking 30 minutes daily"; one not yet met is none.
     */
    @Test
    void aGoalMetIsFunctionalImprovement() {
        for (String summary : List.of("She has met her goal of walking 30 minutes daily and is now able to do housework.",
                "With Norco she has achieved her goal of walking 30 minutes daily.",
                "Functional goal of return to modified duty reached.", "Goals met: walking 30 min daily.",
                "He has accomplished his goal of doing his own grocery shopping.",
                "Pt has met goal of walking 30 min with the gel.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as(summary).isPresent();
        }
        for (String summary : List.of("Has not yet met her goal of walking 30 minutes daily.", "Goals not met.",
                "He has not achieved his goal of doing his own grocery shopping.", "Goal: walk 30 minutes daily.",
                "Functional goals: return to part-time work, walk 30 min; not reached.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as(summary).isEmpty();
        }
    }

    /**
     * A course given written tersely, its count with "x": "PT x12 w/ minimal relief", "Had PT 2x6 with little
     * benefit", "Chiro x8", "Acupuncture x6" (MTUS Chronic Pain, Physical Medicine; Manual therapy & manipulation; MTUS
     * Acupuncture 9792.24.1: more visits only with functional improvement from the course given).
     */
    @Test
    void aCourseCountedWithXIsACourseGiven() {
        for (String summary : List.of("PT x12 w/ minimal relief.", "Had PT 2x6 with little benefit.",
                "Chronic LBP. PT 3x4 last yr, no improvement.", "Tried PT, no help.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as(summary).isPresent();
        }
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("Chiro x8 last year w/o benefit."))).isPresent();
        assertThat(FINDER.find("PRIOR_ACUPUNCTURE", text("Acupuncture x6 with no functional change."))).isPresent();
        for (String summary : List.of("Request for PT 2x4 for the low back.", "No PT to date.",
                "PT 2x3 is scheduled to start next week.", "Start PT 2x3.", "Plan: PT 2x3.", "Req PT x6.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as(summary).isEmpty();
        }
        assertThat(FINDER.find("PRIOR_ACUPUNCTURE", text("Acupuncture x6 is requested."))).isEmpty();
        assertThat(FINDER.find("PRIOR_ACUPUNCTURE", text("Acupuncture trial x6 with HEP."))).isEmpty();
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("No prior chiro. Plan chiro 2x3."))).isEmpty();
    }

    /**
     * More of a course, in any wording ("additional PT", "further PT", "ongoing PT"), presumes the course given before
     * (MTUS Chronic Pain, Physical medicine: further visits follow from the prior course's functional improvement);
     * more of it denied or planned is no course given.
     */
    @Test
    void moreOfACoursePresumesTheCourseGiven() {
        for (String summary : List.of("Additional PT was sought.", "He would like further PT.",
                "Ongoing PT has helped little.", "She wants more PT for the neck.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as(summary).isPresent();
        }
        for (String summary : List.of("No more PT is planned; HEP.", "Plan: continue PT 2x3.", "Request for PT 2x3.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as(summary).isEmpty();
        }
    }

    /** A cue after the term that is denied leaves the cue before it standing ("included PT (sessions not found)"). */
    @Test
    void aDeniedCueAfterTheTermLeavesTheCueBeforeIt() {
        for (String summary : List.of("Treatment to date has included PT for the left hand (number of sessions not "
                + "found) and Tylenol.", "Completed PT for the neck, sessions not documented.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as(summary).isPresent();
        }
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text("No PT sessions to date."))).isEmpty();
    }

    /**
     * Better sleep, more activity, work at full duty and a depression or anxiety score come down are gains of function
     * (MTUS 9792.20(f); Chronic Pain, Opioids, when to continue: the patient has returned to work; antidepressants and
     * antiepilepsy drugs are assessed by function, sleep and psychological state); their opposites are not.
     */
    @Test
    void sleepActivityWorkAndMoodScoresAreGainsOfFunction() {
        for (String summary : List.of("Sleeps better with Neurontin.", "She now sleeps through the night.",
                "More active since CBT.", "Working full time on Norco.", "Works full duty as a mechanic.",
                "BDI improved from 30 to 18.", "PHQ-9 decreased to 8.", "Walks 1 mi daily.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as(summary).isPresent();
        }
        for (String summary : List.of("Still sleeps poorly.", "Not working, on TTD.", "BDI went up from 18 to 30.",
                "Sleep not better.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as(summary).isEmpty();
        }
    }

    /** A negation written after what it denies ends with its clause: "x-rays negative, unable to bear weight". */
    @Test
    void aNegationWrittenAfterItsFindingDoesNotReachTheNextClause() {
        for (String summary : List.of("Hip pain after fall, x-rays negative, unable to bear weight.",
                "Films negative, cannot bear weight on the left leg.")) {
            assertThat(FINDER.find("NON_WEIGHT_BEARING", text(summary))).as(summary).isPresent();
        }
        assertThat(FINDER.find("NON_WEIGHT_BEARING", text("Negative for inability to bear weight."))).isEmpty();
    }

    /** "pos" and "neg" are read as positive and negative: "Pos Spurling test", "Spurling neg". */
    @Test
    void posAndNegAreReadAsPositiveAndNegative() {
        for (String summary : List.of("Pos Spurling test on the right.", "Spurling test pos on the right.")) {
            assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text(summary))).as(summary).isPresent();
        }
        assertThat(FINDER.find("NEUROLOGICAL_DEFICIT", text("Spurling neg, numbness R hand."))).isEmpty();
    }

    /**
     * A sentence that goes on about the study the sentence before names reports that study, unless the sentence before
     * is the review that denied it: the findings after it are the examination's, no study done.
     */
    @Test
    void findingsAfterTheReviewOfTheRequestAreNoStudyDone() {
        String study = "MRI of the cervical spine";
        assertThat(FINDER.find("SAME_STUDY_DONE", text("The utilization review of 12/22/2016 denied a request for MRI "
                + "of the cervical spine. Objective findings dated 12/1/2016 were notable for decreased C6 sensation.",
                study))).isEmpty();
        assertThat(FINDER.find("SAME_STUDY_DONE", text("She had an MRI of the cervical spine on 12/1/2016. Findings "
                + "dated 12/1/2016 were notable for a C5-6 disc protrusion.", study))).isPresent();
    }

    /** A tolerance, a distance or a range of motion said to increase is functional improvement (MTUS definition). */
    @Test
    void anIncreasedToleranceOrRangeOfMotionIsFunctionalImprovement() {
        for (String summary : List.of("Sitting tolerance increased to 1 hr.", "Her walking distance increased.",
                "ROM increased by 20 degrees.", "Increased range of motion of the shoulder.",
                "She walks 2 blocks further with the gel.", "He walks farther.",
                "Naproxen lets him sit 30 minutes longer.", "He has been able to continue working full duty.",
                "Tramadol allows pt to walk 1 mile.", "She is now able to attend church and perform self-care.",
                "She has resumed part-time work.", "Better rotation for driving.", "Shoulder flexion improved.",
                "Able to shower and dress self with meds.", "She can dress herself now.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("Pain increased with sitting.", "Sitting tolerance has not increased.",
                "He is unable to walk further than one block.", "She is not able to attend church.",
                "Increased pain with flexion.", "Rotation is not better.", "Unable to dress self.",
                "He cannot shower without help.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as("%s", summary).isEmpty();
        }
    }

    /**
     * What the worker is able to do now is no functional improvement by itself (MTUS 9792.20(f): a clinically
     * significant improvement against the baseline): only with the treatment, compared with before, or in the sentence
     * that reports the treatment's relief.
     */
    @Test
    void aBareCapacityIsNoFunctionalImprovement() {
        for (String summary : List.of("She is able to stand 15 min.", "Able to sit 30 minutes and walk 10 minutes.",
                "Pain 7/10 with and 9/10 without medication. She is able to stand 15 min.",
                "Pt can walk 20 min. Independent w/ ADLs.", "He does light housework and can cook.",
                "She is able to do household chores.", "Can dress self, able to drive short distances.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as("%s", summary).isEmpty();
        }
        for (String summary : List.of("With the medication she is able to stand 30 minutes.",
                "Able to stand 30 min w/ meds.", "She is able to stand 30 minutes with it.",
                "Able to sit 1 hr vs 15 min before.", "Able to walk 20 minutes rather than 5.",
                "Pain 8/10 -> 4/10 with gabapentin, able to do ADLs and walk the dog.",
                "Pain relief is 40 percent and she is able to do her household chores.",
                "Pain 7/10 w/o, 3/10 with; able to walk the dog and do chores.",
                "Since then her pain has decreased from 8/10 to 5/10 and she can walk for 30 minutes.")) {
            assertThat(FINDER.find("FUNCTIONAL_IMPROVEMENT", text(summary))).as("%s", summary).isPresent();
        }
    }

    /**
     * A prior course that helped, in any of the ways a summary says it of any kind of care; not when it did not help,
     * helped only a little or for a while, or when the sentence is the physician's plan.
     */
    @Test
    void improvementWithTheCareGivenIsReadForEveryKindOfCare() {
        List<String> cares = List.of("physical therapy", "chiropractic treatment", "acupuncture", "six therapy sessions",
                "the wrist splint", "the injection");
        List<String> helped = List.of("%s helped.", "She reports that %s has been helpful.",
                "He noted improvement with %s.", "%s provided benefit.", "His symptoms are better since %s.");
        List<String> notHelped = List.of("%s did not help.", "%s was not helpful.", "No improvement with %s.",
                "%s gave only temporary improvement.", "Minimal improvement with %s.",
                "The plan is %s to improve her grip.");
        for (String care : cares) {
            for (String sentence : helped) {
                String summary = sentence.formatted(care);
                assertThat(FINDER.find("IMPROVING_WITH_CARE", text(summary, ARM_STUDY))).as("%s", summary).isPresent();
            }
            for (String sentence : notHelped) {
                String summary = sentence.formatted(care);
                assertThat(FINDER.find("IMPROVING_WITH_CARE", text(summary, ARM_STUDY))).as("%s", summary).isEmpty();
            }
        }
    }

    /**
     * A course of therapy given, whatever it gave: "with temporary relief" after "12 sessions PT" says how it helped, not
     * that it was not given (MTUS Chronic Pain, Physical Medicine: further visits only with functional improvement from
     * the course given); but it does deny that the care helped.
     */
    @Test
    void aCourseGivenWithLittleReliefIsStillACourseGiven() {
        for (String summary : List.of("Completed 18 sessions PT lumbar spine with temporary relief.",
                "Has done 12 sessions PT w/ minimal improvement, no HEP.",
                "Completed 12 visits PT for the neck with limited benefit.",
                "Underwent 8 visits PT for the neck without lasting benefit.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("Pt has no PT sessions to date.", "No PT visits so far.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as("%s", summary).isEmpty();
        }
        for (String summary : List.of("Improved with PT with temporary relief.",
                "Helped by physical therapy with minimal relief.")) {
            assertThat(FINDER.find("IMPROVING_WITH_CARE", text(summary, ARM_STUDY))).as("%s", summary).isEmpty();
        }
    }

    /**
     * A failure of conservative care the plan states as its condition ("consider an ESI if no improvement with PT") is
     * not documented (MTUS Chronic Pain, Epidural steroid injections, p. 46: unresponsive to conservative treatment);
     * a clause after the condition states its own finding.
     */
    @Test
    void aFailureThePlanStatesAsItsConditionIsNotDocumented() {
        for (String summary : List.of("Plan: consider ESI if no improvement with PT; PT just started.",
                "If there is no relief with physical therapy, an ESI will be considered.",
                "Will request an injection if he fails to improve with therapy.")) {
            assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", text(summary))).as("%s", summary).isEmpty();
        }
        for (String summary : List.of("If pain persists, will refer; he has failed 8 weeks of PT.",
                "No improvement with PT; surgery if the injection fails.")) {
            assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", text(summary))).as("%s", summary).isPresent();
        }
    }

    /**
     * A course scheduled to begin is no course given (MTUS Chronic Pain, Physical Medicine; Manual therapy &
     * manipulation; MTUS Acupuncture 9792.24.1: an extension needs functional improvement from the treatments given).
     */
    @Test
    void aCourseScheduledToBeginIsNoCourseGiven() {
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text("Cervical strain; 6 PT sessions are scheduled to begin "
                + "next week."))).isEmpty();
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text("PT 2x3 is scheduled to start on 1/20/2017.")))
                .isEmpty();
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("Chiropractic care x6 scheduled to begin next week.")))
                .isEmpty();
        assertThat(FINDER.find("PRIOR_ACUPUNCTURE", text("Acupuncture sessions will start next month."))).isEmpty();
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text("Completed 12 PT visits without improvement; a new "
                + "course is scheduled."))).isPresent();
    }

    /**
     * Psychotherapy given, in any wording, is a prior course; psychotherapy recommended or planned is not (MTUS Chronic
     * Pain, Behavioral interventions, p. 23: more than the initial trial of 3-4 visits needs functional improvement
     * from the visits given).
     */
    @Test
    void psychotherapyGivenIsAPriorCoursePsychotherapyPlannedIsNot() {
        for (String given : List.of("She completed 4 sessions of cognitive behavioral therapy.",
                "Has had CBT x4 with a psychologist.", "He underwent psychotherapy in 2016.",
                "Status post 6 counseling sessions.", "Psychotherapy sessions to date: 4.")) {
            assertThat(FINDER.find("PRIOR_PSYCHOTHERAPY", text(given))).as("%s", given).isPresent();
        }
        for (String planned : List.of("Cognitive behavioral therapy is recommended.",
                "The plan includes a referral for psychotherapy.", "CBT will start next week.",
                "She has not had psychotherapy.", "Depression; no counseling to date.")) {
            assertThat(FINDER.find("PRIOR_PSYCHOTHERAPY", text(planned))).as("%s", planned).isEmpty();
        }
    }

    /**
     * A TENS trial requested, recommended or planned as an adjunct is no trial given (MTUS Chronic Pain, TENS, p. 116:
     * a purchase or a longer rental needs the trial's documented use and outcomes); a trial completed is.
     */
    @Test
    void aTensTrialPlannedIsNoTrialGiven() {
        for (String planned : List.of("Failed gabapentin and PT; TENS trial as adjunct to a home exercise program.",
                "A 30 day TENS trial is requested.", "Recommend a one month home trial of TENS.",
                "The plan includes a TENS unit trial.")) {
            assertThat(FINDER.find("TENS_TRIAL", text(planned))).as("%s", planned).isEmpty();
        }
        for (String given : List.of("She completed a TENS trial with 50% relief.",
                "The one month trial of TENS reduced her pain from 7/10 to 4/10.")) {
            assertThat(FINDER.find("TENS_TRIAL", text(given))).as("%s", given).isPresent();
        }
    }

    /**
     * The relief an injection gave, reported at the visit after it, is the injection's (MTUS Chronic Pain, Epidural
     * steroid injections, p. 46: a repeat block on at least 50% relief with less medication for six to eight weeks):
     * "At follow up she reported 70% relief" goes on about the injection the sentence before names.
     */
    @Test
    void reliefReportedAtTheVisitAfterTheInjectionIsTheInjections() {
        for (String report : List.of("At follow up she reported 70% relief lasting 10 weeks.",
                "On follow-up, she reported 60% relief for 8 weeks with less Norco use.",
                "At the return visit he reported 75% relief lasting 3 months.",
                "At the post-injection visit she had 70% pain relief for 2 months.")) {
            String summary = "She underwent an L5-S1 TFESI on 6/1/2016. " + report;
            assertThat(FINDER.find("INJECTION_RELIEF", text(summary, "Repeat lumbar TFESI L5-S1"))).as("%s", summary)
                    .isPresent();
        }
        assertThat(FINDER.find("INJECTION_RELIEF", text("She underwent an L5-S1 TFESI on 6/1/2016. Physical therapy "
                + "gave 70% relief lasting 10 weeks.", "Repeat lumbar TFESI L5-S1"))).isEmpty();
    }

    /** A lumbar fusion (MTUS Postsurgical Treatment: 34 visits over 16 weeks), not a cervical one, in the notes' words. */
    @Test
    void aLumbarFusionIsReadByItsLevelsOrItsName() {
        for (String summary : List.of("S/p L4-5 posterior fusion 6 weeks ago.", "Status post L5-S1 TLIF on 11/2/2016.",
                "He underwent a lumbar interbody fusion last month.", "Had an ALIF at L5-S1 four weeks ago.")) {
            assertThat(FINDER.find("LUMBAR_SPINAL_FUSION_SURGERY", text(summary, "Post-op PT lumbar spine x16")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("S/p C5-6 ACDF with fusion 6 weeks ago.", "A lumbar fusion is not planned.",
                "He is not a candidate for a L4-5 fusion.")) {
            assertThat(FINDER.find("LUMBAR_SPINAL_FUSION_SURGERY", text(summary, "Post-op PT lumbar spine x16")))
                    .as("%s", summary).isEmpty();
        }
    }

    /** A severe tear (ACOEM ch. 9, Surgical Considerations: a full-thickness tear) in the ways imaging reports say it. */
    @Test
    void aSevereTearIsReadWhicheverWayTheReportWordsIt() {
        List<String> severe = List.of("MRI showed a full-thickness supraspinatus tear.",
                "The supraspinatus tendon is completely torn.", "There is a retracted rupture of the tendon.",
                "The tear is full thickness.", "MRI revealed a massive tear of the rotator cuff.");
        List<String> notSevere = List.of("MRI showed a partial thickness tear, not full thickness.",
                "There is no full-thickness tear.", "She completed therapy for her tear.",
                "MRI to rule out a full thickness tear.");
        for (String summary : severe) {
            assertThat(FINDER.find("SEVERE_STRUCTURAL_TEAR", text(summary, SHOULDER_SURGERY))).as("%s", summary)
                    .isPresent();
        }
        for (String summary : notSevere) {
            assertThat(FINDER.find("SEVERE_STRUCTURAL_TEAR", text(summary, SHOULDER_SURGERY))).as("%s", summary)
                    .isEmpty();
        }
        assertThat(FINDER.find("LARGE_OR_MASSIVE_TEAR", text("MRI showed a large full-thickness tear.",
                SHOULDER_SURGERY))).isPresent();
        assertThat(FINDER.find("LARGE_OR_MASSIVE_TEAR", text("MRI showed a small full-thickness tear.",
                SHOULDER_SURGERY))).isEmpty();
    }

    /** Joint line tenderness of the knee (a sign of a meniscal tear, ACOEM ch. 13) in either word order. */
    @Test
    void jointLineTendernessIsReadInEitherWordOrder() {
        for (String summary : List.of("There was tenderness along the medial joint line.",
                "The lateral joint line is tender.", "Examination showed medial joint line tenderness.")) {
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", text(summary, "MRI of the left knee"))).as("%s", summary)
                    .isPresent();
        }
        for (String summary : List.of("There was no joint line tenderness.", "The joint line was not tender.")) {
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", text(summary, "MRI of the left knee"))).as("%s", summary)
                    .isEmpty();
        }
    }

    /**
     * A failure of conservative care (ACOEM's and the MTUS's condition for imaging, injections and surgery) for any kind
     * of care, with the failure said before or after it; not when the care helped or is only planned.
     */
    @Test
    void failedCareIsReadForAnyKindOfCareInEitherWordOrder() {
        for (String summary : List.of("She failed physical therapy and a wrist splint.", "Bracing failed.",
                "The pain was refractory to injections.", "He has had no relief from NSAIDs.",
                "Symptoms persisted despite chiropractic care.", "Pain persists after twelve sessions of therapy.",
                "Failure of conservative management was documented.",
                "No radicular signs, failed 3 months of PT and NSAIDs.", "Symptoms persist after night splints.")) {
            assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", text(summary, ARM_STUDY))).as("%s", summary)
                    .isPresent();
        }
        for (String summary : List.of("Physical therapy helped.", "She will start physical therapy.",
                "He has not failed conservative care.")) {
            assertThat(FINDER.find("FAILED_CONSERVATIVE_CARE", text(summary, ARM_STUDY))).as("%s", summary)
                    .isEmpty();
        }
    }

    /**
     * Tenderness written as pain on palpation, in either word order: at the joint line of the knee (ACOEM ch. 13), and
     * at the bones of the Ottawa ankle, foot and knee rules (ACOEM ch. 13 and 14, Special Studies); not when denied.
     */
    @Test
    void painOnPalpationIsReadAsTenderness() {
        List<String> stated = List.of("There was pain on palpation of the medial joint line.",
                "Medial joint line pain to palpation.", "The lateral joint line was painful to palpation.",
                "Examination showed pain with palpation at the joint line.");
        List<String> notStated = List.of("No pain on palpation of the joint line.",
                "The joint line was not painful to palpation.", "Pain on palpation of the quadriceps.");
        for (String summary : stated) {
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", text(summary, "MRI of the left knee"))).as("%s", summary)
                    .isPresent();
        }
        for (String summary : notStated) {
            assertThat(FINDER.find("INTERNAL_DERANGEMENT", text(summary, "MRI of the left knee"))).as("%s", summary)
                    .isEmpty();
        }
        for (String summary : List.of("After the fall there was pain on palpation over the lateral malleolus.",
                "The navicular was painful to palpation.", "There was tenderness at the base of the 5th metatarsal.",
                "Medial malleolus tender to palpation.")) {
            assertThat(FINDER.find("ACUTE_TRAUMA_BONE_SIGNS", text(summary, "X-ray of the right ankle")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("There was no pain on palpation of the malleoli.",
                "No bony tenderness was noted.", "Pain on palpation of the Achilles tendon.")) {
            assertThat(FINDER.find("ACUTE_TRAUMA_BONE_SIGNS", text(summary, "X-ray of the right ankle")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * A prior course of physical therapy written "PT" (the abbreviation the vocabulary gives the modality), in the
     * ways a summary recounts treatment; "pt" for the patient is no course of therapy.
     */
    @Test
    void aPriorCourseOfTherapyWrittenPtIsReadAndThePatientIsNot() {
        for (String summary : List.of("Treatment has included x-ray, PT, TENS unit and Tylenol.",
                "She completed PT without benefit.", "He has had 8 PT visits.", "A course of PT was completed.",
                "Relevant treatments have included: PT, work restrictions, and medications.", "Completed 6 PT.",
                "Attended 8 PT, improved.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("The pt reports low back pain.", "The pt completed a pain questionnaire.",
                "The pt had surgery in 2015.", "Pt attended the visit with her husband.",
                "Pt has diagnoses that include cervical strain and lumbar radiculopathy.",
                "Pt had complaints of neck pain that included numbness.", "Pt is a 44 year old male who included ...")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary))).as("%s", summary).isEmpty();
        }
    }

    /**
     * A TENS unit in use with its outcome reported is the trial's documented use and outcomes (MTUS Chronic Pain, TENS:
     * continued use requires documentation of use and outcomes); not when it did not help or is only planned.
     */
    @Test
    void aTensUnitInUseWithItsOutcomeIsADocumentedTrial() {
        for (String summary : List.of("He uses his TENS unit daily.", "The TENS unit helps her pain.",
                "Pain relief with TENS, 7/10 to 4/10.", "She reports benefit from the TENS unit.")) {
            assertThat(FINDER.find("TENS_TRIAL", text(summary, "TENS unit purchase"))).as("%s", summary).isPresent();
        }
        for (String summary : List.of("The TENS unit did not help.", "No benefit from TENS.",
                "TENS was tried without relief.", "The physician would like her to use a TENS unit.")) {
            assertThat(FINDER.find("TENS_TRIAL", text(summary, "TENS unit purchase"))).as("%s", summary).isEmpty();
        }
    }

    /** A prior course of therapy counted or completed, in either word order; not a course only recommended. */
    @Test
    void aPriorCourseOfTherapyIsReadInEitherWordOrder() {
        for (String summary : List.of("She has had 12 sessions of therapy for the shoulder.",
                "Therapy was completed in 2016.", "He attended therapy twice a week.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary, "Physical therapy x 8, right shoulder")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Therapy sessions were recommended.", "He has not completed any therapy.")) {
            assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text(summary, "Physical therapy x 8, right shoulder")))
                    .as("%s", summary).isEmpty();
        }
    }

    /** A flare with muscle spasm is an acute exacerbation (MTUS Chronic Pain, Muscle relaxants); a flare long past is not. */
    @Test
    void aFlareWithSpasmIsAnAcuteExacerbation() {
        assertThat(FINDER.find("ACUTE_SPASM", text("Chronic LBP; flare with paraspinal spasm this week."))).isPresent();
        assertThat(FINDER.find("ACUTE_SPASM", text("The back pain flared, with spasm of the paraspinals."))).isPresent();
        assertThat(FINDER.find("ACUTE_SPASM", text("Chronic LBP; no flare; no spasm on exam."))).isEmpty();
    }

    /**
     * At least three positive provocative tests of the sacroiliac joint, named (ODG Hip & Pelvis, Sacroiliac joint
     * blocks): not two, and not one positive beside others negative.
     */
    @Test
    void threeNamedProvocativeTestsPositiveStateTheSacroiliacCriterion() {
        for (String summary : List.of("R SIJ pain; FABER, Gaenslen and thigh thrust positive.",
                "Positive Patrick's, positive Gaenslen's and positive compression test.",
                "Thigh thrust, Gaenslen and FABER were positive.")) {
            assertThat(FINDER.find("SACROILIAC_PROVOCATIVE_TESTS", text(summary, "Right SI joint injection")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("FABER and Gaenslen positive.",
                "FABER positive, Gaenslen negative, thigh thrust negative.",
                "Negative FABER, Gaenslen and thigh thrust.")) {
            assertThat(FINDER.find("SACROILIAC_PROVOCATIVE_TESTS", text(summary, "Right SI joint injection")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * A nerve entrapment "on" or "by" the study that shows it is confirmed by nerve conduction (ACOEM ch. 10 and 11:
     * positive electrical studies that correlate with the clinical findings); a study pending or only planned is not.
     */
    @Test
    void anEntrapmentShownOnTheStudyIsConfirmedByNerveConduction() {
        for (String summary : List.of("L ulnar neuropathy at elbow on EMG/NCS 9/2016.",
                "Right ulnar neuropathy at the elbow by nerve conduction studies in October.",
                "Left carpal tunnel syndrome on EMG/NCS.")) {
            assertThat(FINDER.find("ENTRAPMENT_CONFIRMED_BY_NERVE_CONDUCTION", text(summary, "Cubital tunnel release")))
                    .as("%s", summary).isPresent();
        }
        for (String summary : List.of("Possible ulnar neuropathy at the elbow; NCS is pending.",
                "Ulnar neuropathy is suspected; EMG/NCS was requested.")) {
            assertThat(FINDER.find("ENTRAPMENT_CONFIRMED_BY_NERVE_CONDUCTION", text(summary, "Cubital tunnel release")))
                    .as("%s", summary).isEmpty();
        }
    }

    /**
     * A cue before a list reaches each of its short items, whatever their number ("he underwent physical therapy, a
     * lumbar epidural injection, chiropractic manipulation"); a semicolon or a period ends the list.
     */
    @Test
    void aCueBeforeAListReachesItsItems() {
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("He underwent physical therapy, a lumbar epidural injection, "
                + "chiropractic manipulation and a home exercise program.", "Chiropractic 2x3 lumbar"))).isPresent();
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("Treatment has included medications, a knee brace, a cane, "
                + "chiropractic adjustments and injections.", "Chiropractic x 6"))).isPresent();
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("He underwent physical therapy and a lumbar epidural "
                + "injection; chiropractic manipulation is recommended.", "Chiropractic 2x3 lumbar"))).isEmpty();
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("He underwent physical therapy and a lumbar epidural "
                + "injection. Chiropractic manipulation is recommended.", "Chiropractic 2x3 lumbar"))).isEmpty();
    }

    /**
     * A request or a plan named in a later clause of the sentence, after a semicolon, takes that clause from a prior
     * course, not the clauses before it; named first, it goes on through the rest of the sentence.
     */
    @Test
    void aRequestInALaterClauseLeavesTheCourseStatedBeforeIt() {
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("The injured worker completed 6 chiropractic visits and is "
                + "able to drive again; 12 more visits requested.", "Chiropractic x 12"))).isPresent();
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text("She has completed 4 sessions of physical therapy with "
                + "improved motion; the provider recommends 6 additional sessions.", "Physical therapy x 6")))
                .isPresent();
        assertThat(FINDER.find("PRIOR_CHIROPRACTIC", text("12 chiropractic visits are requested; chiropractic "
                + "treatments 2x6.", "Chiropractic x 12"))).isEmpty();
        assertThat(FINDER.find("PRIOR_PHYSICAL_THERAPY", text("A request was made for physical therapy 2x3 for the "
                + "low back; and physical therapy 2x3 for the neck.", "Physical therapy 2x3"))).isEmpty();
        assertThat(FINDER.find("PRIOR_ACUPUNCTURE", text("Acupuncture sessions were recommended by the provider.",
                "Acupuncture x 6"))).isEmpty();
    }

    private static CaseText text(String summary) {
        return SummaryTexts.of(summary, "Office visit");
    }

    private static CaseText text(String summary, String item) {
        return SummaryTexts.of(summary, item);
    }
}
