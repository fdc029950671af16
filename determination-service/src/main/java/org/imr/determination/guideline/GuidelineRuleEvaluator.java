package org.imr.determination.guideline;

import org.imr.determination.guideline.facts.CaseText;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.vocabulary.ServiceRequest;

/** Decides disputed items by one guideline rule of the knowledge base. */
public interface GuidelineRuleEvaluator {

    /** The rule this evaluator applies. */
    GuidelineRule rule();

    /**
     * Whether the rule governs the item (read into concepts) in a case file with this clinical text (some rules
     * govern only cases that document a condition, e.g. opioids after surgery).
     */
    boolean appliesTo(ServiceRequest request, CaseText text);

    /** The decision on an item the rule applies to; {@code text} is the case file's clinical text. */
    ItemDetermination evaluate(ServiceRequest request, CaseFile caseFile, CaseText text);
}
