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
 * @param cuesStand where a cue may stand to state the fact with its term; null for near it, before or after
 * @param toldAfterNotInSentencesWith words that make a sentence name its terms as a plan, not a course given, for
 *              cues told after them ({@link CuePlace#TOLD_AFTER}): "The treatment plan included an MRI and physical
 *              therapy 2 times a week for 6 weeks. Work status: temporarily totally disabled." names no course whose
 *              outcome follows; empty for none
 */
public record TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts,
        Boolean local, Integer atLeast, List<String> cuesBeforeConcepts, CuePlace cuesStand,
        List<String> toldAfterNotInSentencesWith) {

    public TermsWithCues {
        terms = ImmutableCopies.list(terms);
        cues = ImmutableCopies.list(cues);
        termsNamedByConcepts = ImmutableCopies.list(termsNamedByConcepts);
        cuesBeforeConcepts = ImmutableCopies.list(cuesBeforeConcepts);
        cuesStand = cuesStand == null ? CuePlace.NEAR : cuesStand;
        toldAfterNotInSentencesWith = ImmutableCopies.list(toldAfterNotInSentencesWith);
    }

    /** Terms and cues of any region the request concerns, their cues standing where {@code cuesStand} says. */
    public TermsWithCues(List<String> terms, List<String> cues, CuePlace cuesStand) {
        this(terms, cues, List.of(), null, null, List.of(), cuesStand, List.of());
    }

    /** Terms and cues without concepts, a cue near its term. */
    public TermsWithCues(List<String> terms, List<String> cues) {
        this(terms, cues, List.of());
    }

    /** Terms and cues of any region the request concerns, a cue near its term. */
    public TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts) {
        this(terms, cues, termsNamedByConcepts, null, null, List.of(), null, List.of());
    }

    /** How many different terms must each have their cue in one piece: 1 unless {@link #atLeast} says more. */
    public int termsNeeded() {
        return atLeast == null ? 1 : atLeast;
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
                termsNamedByConcepts, local, atLeast, List.of(), cuesStand, toldAfterNotInSentencesWith);
    }
}
