package org.imr.determination.guideline.facts;

/**
 * A fact a decision rests on, mostly a clinical fact found in the case file's text.
 *
 * @param id       the fact's id in the knowledge base
 * @param name     how a rationale names it
 * @param where    where the case file states it, in words, e.g. "clinical summary, sentence 4"
 * @param location the words that state it; null for a fact that is not in the case file's text (the decision on
 *                 another item of the application)
 */
public record FoundFact(String id, String name, String where, TextLocation location) {

    /** A fact that is not in the case file's text. */
    public static FoundFact outsideTheText(String id, String name, String where) {
        return new FoundFact(id, name, where, null);
    }

    /** "name (where)", for the evidence of a decision. */
    public String evidence() {
        return name + " (" + where + ")";
    }
}
