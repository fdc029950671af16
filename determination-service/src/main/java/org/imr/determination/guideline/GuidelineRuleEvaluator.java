package org.imr.determination.guideline;

import org.imr.determination.guideline.knowledge.GuidelineRule;

/** Decides disputed items by one guideline rule of the knowledge base. */
public interface GuidelineRuleEvaluator {

    /** The rule this evaluator applies. */
    GuidelineRule rule();

    /**
     * Whether the rule governs the item (its service type, and nothing in its description excludes it) in this case
     * file (some rules govern only cases that document a condition, e.g. opioids after surgery).
     */
    boolean appliesTo(DisputedTreatment item, CaseFile caseFile);

    /** The decision on an item the rule applies to. */
    ItemDetermination evaluate(DisputedTreatment item, CaseFile caseFile);
}
