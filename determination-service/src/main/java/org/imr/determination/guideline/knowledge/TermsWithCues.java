package org.imr.determination.guideline.knowledge;

import java.util.List;
import java.util.function.Function;

/**
 * Words that state a fact only with a cue near them, in either order, so that a fact need not list every wording:
 * an examination sign reported positive ("positive Spurling's", "Spurling's test was positive"), an activity reported
 * improved ("improved walking tolerance", "walking tolerance has improved").
 *
 * @param terms what the cue is said of, e.g. "spurling", "walking"
 * @param cues  the words that say it, e.g. "positive", "improved"
 * @param termsNamedByConcepts concepts of the vocabulary whose every name is a term too, e.g. "antidepressant": any
 *              drug of the class by its generic or brand name ("amitriptyline was tried", "failed Cymbalta")
 * @param local whether the sign states a regional fact only of the requested region itself, not of the spine that
 *              supplies it: an entrapment sign at the wrist (Phalen's, Tinel's) is a finding of the wrist, no nerve
 *              root compromise for an MRI of the neck
 * @param atLeast how many different terms must each have their cue in one piece of text for it to state the fact
 *              (the sacroiliac joint: at least three positive provocative tests, "FABER, Gaenslen's and thigh thrust
 *              were positive"); null for one
 * @param cuesBeforeConcepts concepts of the vocabulary whose every name follows each cue, the cues then being only
 *              those words: the cue "without" before the names of "opioid" reads "pain 9/10 without Percocet" as a
 *              score without the drug; empty for cues as written
 * @param cuesAfter whether a cue counts only after its term, as a measure is said to have changed after its name in
 *              notes ("ADLs increased", "work hrs 4 -> 8/d", "sleeping 6 hrs vs 3 before"): the cue before the term
 *              says something else ("increased difficulty walking"); null for either order
 * @param toldAfter whether a cue counts anywhere after its term in the sentence, or in the sentence after it, as the
 *              outcome of a course is told after the course, however far: "PT x12 completed last spring; pain remains
 *              unchanged", "She underwent PT in 2016. Her leg pain is unchanged." (the cues then only after the term);
 *              null for a cue near its term
 * @param toldAfterNotInSentencesWith words that make a sentence name its terms as a plan, not a course given, for
 *              cues told after them: "The treatment plan included an MRI and physical therapy 2 times a week for 6
 *              weeks. Work status: temporarily totally disabled." names no course whose outcome follows; empty for none
 * @param cuesInSentence whether a cue anywhere in the term's sentence counts, not only one near it: what a worker is
 *              able to do is the treatment's gain in a sentence that reports the treatment's relief or compares the
 *              measure ("pain 8/10 -> 4/10 with Norco, able to do ADLs"), not in a sentence of its own ("Able to stand
 *              15 min."); null for a cue near its term
 */
public record TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts,
        Boolean local, Integer atLeast, List<String> cuesBeforeConcepts, Boolean cuesAfter, Boolean toldAfter,
        List<String> toldAfterNotInSentencesWith, Boolean cuesInSentence) {

    public TermsWithCues {
        terms = ImmutableCopies.list(terms);
        cues = ImmutableCopies.list(cues);
        termsNamedByConcepts = ImmutableCopies.list(termsNamedByConcepts);
        cuesBeforeConcepts = ImmutableCopies.list(cuesBeforeConcepts);
        toldAfterNotInSentencesWith = ImmutableCopies.list(toldAfterNotInSentencesWith);
    }

    /** Terms and cues, a cue told after its term or not, no words of a plan, a cue near its term or told after. */
    public TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts, Boolean local,
            Integer atLeast, List<String> cuesBeforeConcepts, Boolean cuesAfter, Boolean toldAfter) {
        this(terms, cues, termsNamedByConcepts, local, atLeast, cuesBeforeConcepts, cuesAfter, toldAfter, List.of(),
                null);
    }

    /** Terms and cues, a cue near its term, only after it when {@code cuesAfter}. */
    public TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts, Boolean local,
            Integer atLeast, List<String> cuesBeforeConcepts, Boolean cuesAfter) {
        this(terms, cues, termsNamedByConcepts, local, atLeast, cuesBeforeConcepts, cuesAfter, null);
    }

    /** Terms and cues without concepts. */
    public TermsWithCues(List<String> terms, List<String> cues) {
        this(terms, cues, List.of(), null, null, List.of(), null);
    }

    /** Terms and cues in either order. */
    public TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts, Boolean local,
            Integer atLeast, List<String> cuesBeforeConcepts) {
        this(terms, cues, termsNamedByConcepts, local, atLeast, cuesBeforeConcepts, null);
    }

    /** Terms and cues of any region the request concerns. */
    public TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts) {
        this(terms, cues, termsNamedByConcepts, null, null, List.of(), null);
    }

    /** Terms and cues, the cues as written. */
    public TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts, Boolean local,
            Integer atLeast) {
        this(terms, cues, termsNamedByConcepts, local, atLeast, List.of(), null);
    }

    /** How many different terms must each have their cue in one piece: 1 unless {@link #atLeast} says more. */
    public int termsNeeded() {
        return atLeast == null ? 1 : atLeast;
    }

    /** Whether a cue counts only after its term. */
    public boolean cuesOnlyAfter() {
        return Boolean.TRUE.equals(cuesAfter);
    }

    /** Whether a cue counts anywhere after its term in the sentence, or in the sentence after it. */
    public boolean cuesToldAfter() {
        return Boolean.TRUE.equals(toldAfter);
    }

    /** Whether a cue anywhere in the term's sentence counts. */
    public boolean cuesAnywhereInSentence() {
        return Boolean.TRUE.equals(cuesInSentence);
    }

    public boolean isLocal() {
        return Boolean.TRUE.equals(local);
    }

    /**
     * The same, with the names of its {@link #termsNamedByConcepts()} among its terms, and its cues followed by each
     * name of its {@link #cuesBeforeConcepts()} (which it then no longer has, so that they are followed once).
     */
    public TermsWithCues withConceptNames(Function<String, List<String>> namesOfConcept) {
        List<String> names = ConceptNames.appended(List.of(), cuesBeforeConcepts, namesOfConcept);
        List<String> named = names.isEmpty() ? cues
                : cues.stream().flatMap(cue -> names.stream().map(name -> cue + " " + name)).toList();
        return new TermsWithCues(ConceptNames.appended(terms, termsNamedByConcepts, namesOfConcept), named,
                termsNamedByConcepts, local, atLeast, List.of(), cuesAfter, toldAfter, toldAfterNotInSentencesWith,
                cuesInSentence);
    }
}
