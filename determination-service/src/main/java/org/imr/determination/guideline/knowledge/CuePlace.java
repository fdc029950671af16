package org.imr.determination.guideline.knowledge;

/** Where a cue may stand to state a fact with its term ({@link TermsWithCues#cuesStand()}). */
public enum CuePlace {

    /** Near its term, before or after it: "positive Spurling's", "Spurling's test was positive". */
    NEAR,

    /**
     * Near its term and after it, as a measure is said to have changed after its name in notes ("ADLs increased",
     * "work hrs 4 -> 8/d", "sleeping 6 hrs vs 3 before"); the cue before the term says something else ("increased
     * difficulty walking").
     */
    AFTER_TERM,

    /**
     * Anywhere after its term in the sentence, or in the sentence after it, as the outcome of a course is told after
     * the course, however far: "PT x12 completed last spring; pain remains unchanged", "She underwent PT in 2016. Her
     * leg pain is unchanged."
     */
    TOLD_AFTER,

    /**
     * Anywhere in the term's sentence: what a worker is able to do is the treatment's gain in a sentence that reports
     * the treatment's relief or compares the measure ("pain 8/10 -> 4/10 with Norco, able to do ADLs"), not in a
     * sentence of its own ("Able to stand 15 min.").
     */
    IN_SENTENCE
}
