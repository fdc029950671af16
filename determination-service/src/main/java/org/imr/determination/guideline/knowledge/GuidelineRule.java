package org.imr.determination.guideline.knowledge;

import java.util.List;
import java.util.Map;
import org.imr.schemas.ServiceType;

/**
 * One versioned guideline rule of the knowledge base.
 *
 * @param id                            stable identifier, e.g. "mtus-chronic-pain-physical-medicine"
 * @param version                       version of this rule
 * @param kind                          what the rule computes
 * @param hierarchyLevel                level in the evidence hierarchy
 * @param summary                       what the rule says, for people reading the file
 * @param governs                       the service types the rule decides
 * @param notApplicableWhenItemMentions words in an item description that put the item outside this rule (e.g.
 *                                      post-operative therapy, governed by another guideline)
 * @param citation                      the guideline the rule comes from
 * @param conditionCategories           condition categories and their limits, in order of precedence
 * @param rationaleTemplates            rationale wording per {@link RationaleTemplateKey#jsonKey()}
 */
public record GuidelineRule(
        String id,
        String version,
        RuleKind kind,
        HierarchyLevel hierarchyLevel,
        String summary,
        List<ServiceType> governs,
        List<String> notApplicableWhenItemMentions,
        GuidelineCitation citation,
        List<ConditionCategory> conditionCategories,
        Map<String, String> rationaleTemplates) {

    public GuidelineRule {
        governs = ImmutableCopies.list(governs);
        notApplicableWhenItemMentions = ImmutableCopies.list(notApplicableWhenItemMentions);
        conditionCategories = ImmutableCopies.list(conditionCategories);
        rationaleTemplates = ImmutableCopies.map(rationaleTemplates);
    }

    public boolean governs(ServiceType serviceType) {
        return governs.contains(serviceType);
    }

    /** The template for one outcome branch; the knowledge base is validated to hold every required one. */
    public RationaleTemplate template(RationaleTemplateKey key) {
        String text = rationaleTemplates.get(key.jsonKey());
        if (text == null) {
            throw new IllegalStateException("Rule " + id + " has no rationale template " + key.jsonKey());
        }
        return new RationaleTemplate(text);
    }
}
