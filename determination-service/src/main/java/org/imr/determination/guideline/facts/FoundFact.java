package org.imr.determination.guideline.facts;

/**
 * A clinical fact found in the case file.
 *
 * @param id    the fact's id in the knowledge base
 * @param name  how a rationale names it
 * @param where the part of the case file that states it, e.g. "clinical summary, sentence 4"
 */
public record FoundFact(String id, String name, String where) {

    /** "name (where)", for the evidence of a decision. */
    public String evidence() {
        return name + " (" + where + ")";
    }
}
