package org.imr.determination.guideline.knowledge;

import java.util.Arrays;
import java.util.List;

/** What a guideline rule computes; each kind has one evaluator and one set of rationale templates. */
public enum RuleKind {

    /** Visit limits per condition category, extended only with documented functional improvement. */
    PHYSICAL_MEDICINE_VISIT_LIMITS(true),

    /** Supported when the case file documents the facts the guideline requires; otherwise not medically necessary. */
    DOCUMENTED_CRITERIA(false);

    private final boolean usesConditionCategories;

    RuleKind(boolean usesConditionCategories) {
        this.usesConditionCategories = usesConditionCategories;
    }

    public boolean usesConditionCategories() {
        return usesConditionCategories;
    }

    /** The rationale templates a rule of this kind must provide, no more and no less. */
    public List<RationaleTemplateKey> requiredTemplates() {
        return Arrays.stream(RationaleTemplateKey.values()).filter(key -> key.kind() == this).toList();
    }
}
