package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * A clinical fact the rules read from the case file, e.g. a documented neurological deficit, and the phrases that
 * state it. A phrase counts only where the text affirms it ("no radiculopathy" does not).
 *
 * @param id      stable identifier the rules refer to, e.g. "NEUROLOGICAL_DEFICIT"
 * @param name    how a rationale names the fact, e.g. "a neurological deficit on examination"
 * @param phrases the words that state the fact
 * @param notInSentencesWith words that make a sentence speak of something else than the fact, e.g. of the request
 *                or the utilization review rather than of a course already given; such a sentence does not state it
 */
public record ClinicalFactDefinition(String id, String name, List<String> phrases, List<String> notInSentencesWith) {

    public ClinicalFactDefinition {
        phrases = ImmutableCopies.list(phrases);
        notInSentencesWith = ImmutableCopies.list(notInSentencesWith);
    }
}
