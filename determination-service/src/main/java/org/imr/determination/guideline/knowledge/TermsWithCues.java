package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * Words that state a fact only with a cue near them, in either order, so that a fact need not list every wording:
 * an examination sign reported positive ("positive Spurling's", "Spurling's test was positive"), an activity reported
 * improved ("improved walking tolerance", "walking tolerance has improved").
 *
 * @param terms what the cue is said of, e.g. "spurling", "walking"
 * @param cues  the words that say it, e.g. "positive", "improved"
 */
public record TermsWithCues(List<String> terms, List<String> cues) {

    public TermsWithCues {
        terms = ImmutableCopies.list(terms);
        cues = ImmutableCopies.list(cues);
    }
}
