package org.imr.determination.guideline;

import org.imr.determination.guideline.facts.CaseText;
import org.imr.determination.guideline.knowledge.GuidelineRule;

/** Decides disputed items by one guideline rule of the knowledge base. */
public interface GuidelineRuleEvaluator {

    /** The rule this evaluator applies. */
    GuidelineRule rule();

    /**
     * Whether the rule governs the item (its service type, and nothing in its description excludes it) in a case
     * file with this clinical text (some rules govern only cases that document a condition, e.g. opioids after
     * surgery).
     */
    boolean appliesTo(DisputedTreatment item, CaseText text);

    /** The decision on an item the rule applies to; {@code text} is the case file's clinical text. */
    ItemDetermination evaluate(DisputedTreatment item, CaseFile caseFile, CaseText text);
}
