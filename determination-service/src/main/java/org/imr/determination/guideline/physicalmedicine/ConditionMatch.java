package org.imr.determination.guideline.physicalmedicine;

import org.imr.determination.guideline.facts.FoundFact;
import org.imr.determination.guideline.knowledge.ConditionCategory;

/**
 * The condition category an item falls in, and the finding that put it there.
 *
 * @param category the category and its limit
 * @param basis    the finding in words, e.g. "diagnosis of bilateral carpal tunnel syndrome"
 * @param evidence the finding as a fact of the decision: the category, and where the case file states it
 */
record ConditionMatch(ConditionCategory category, String basis, FoundFact evidence) {
}
