package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * A clinical fact the rules read from the case file, e.g. a documented neurological deficit, and the phrases that
 * state it. A phrase counts only where the text affirms it ("no radiculopathy" does not).
 *
 * @param id      stable identifier the rules refer to, e.g. "NEUROLOGICAL_DEFICIT"
 * @param name    how a rationale names the fact, e.g. "a neurological deficit on examination"
 * @param phrases the words that state the fact
 */
public record ClinicalFactDefinition(String id, String name, List<String> phrases) {

    public ClinicalFactDefinition {
        phrases = ImmutableCopies.list(phrases);
    }
}
