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
 */
public record TermsWithCues(List<String> terms, List<String> cues, List<String> termsNamedByConcepts) {

    public TermsWithCues {
        terms = ImmutableCopies.list(terms);
        cues = ImmutableCopies.list(cues);
        termsNamedByConcepts = ImmutableCopies.list(termsNamedByConcepts);
    }

    /** Terms and cues without concepts. */
    public TermsWithCues(List<String> terms, List<String> cues) {
        this(terms, cues, List.of());
    }

    /** The same, with the names of its {@link #termsNamedByConcepts()} among its terms. */
    public TermsWithCues withConceptNames(Function<String, List<String>> namesOfConcept) {
        return new TermsWithCues(ConceptNames.appended(terms, termsNamedByConcepts, namesOfConcept), cues,
                termsNamedByConcepts);
    }
}
