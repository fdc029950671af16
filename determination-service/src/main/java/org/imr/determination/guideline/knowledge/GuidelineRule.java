package org.imr.determination.guideline.knowledge;

import java.util.List;
import java.util.Map;

/**
 * One versioned guideline rule of the knowledge base.
 *
 * @param id                            stable identifier, e.g. "mtus-chronic-pain-physical-medicine"
 * @param version                       version of this rule
 * @param kind                          what the rule computes
 * @param hierarchyLevel                level in the evidence hierarchy
 * @param summary                       what the rule says, for people reading the file
 * @param appliesTo                     the items the rule governs, in concepts of the vocabulary: an item any
 *                                      selector matches
 * @param citation                      the guideline the rule comes from
 * @param conditionCategories           condition categories and their limits, in order of precedence
 * @param rationaleTemplates            rationale wording per {@link RationaleTemplateKey#jsonKey()}; the knowledge
 *                                      base adds its default wording for the keys a rule leaves out
 * @param appliesWhenCaseStates         when not empty, the rule governs only cases whose records state one of these
 *                                      facts (e.g. opioids after a recent surgery)
 * @param laterEditions                 later editions of the guideline, each with its citation and effective date
 * @param criteria                      for {@link RuleKind#DOCUMENTED_CRITERIA}: what the case file must document
 * @param familyDefault                 the guideline's default for a whole family of services (e.g. any drug): it
 *                                      decides only items no other rule governs
 * @param regionalCitations             the section that governs the family for the regions with a chapter of their
 *                                      own, in order; an item of none of them is cited by {@code citation}
 * @param appliesUnlessCaseStates       when not empty, the rule does not govern cases whose records state one of
 *                                      these facts, which another guideline addresses (psychotherapy for chronic
 *                                      pain, not for a diagnosed mental disorder)
 */
public record GuidelineRule(
        String id,
        String version,
        RuleKind kind,
        HierarchyLevel hierarchyLevel,
        String summary,
        List<ConceptSelector> appliesTo,
        GuidelineCitation citation,
        List<ConditionCategory> conditionCategories,
        Map<String, String> rationaleTemplates,
        List<String> appliesWhenCaseStates,
        List<CitationEdition> laterEditions,
        DocumentedCriteria criteria,
        Boolean familyDefault,
        List<RegionalCitation> regionalCitations,
        List<String> appliesUnlessCaseStates) {

    public GuidelineRule {
        appliesTo = ImmutableCopies.list(appliesTo);
        familyDefault = Boolean.TRUE.equals(familyDefault);
        conditionCategories = ImmutableCopies.list(conditionCategories);
        rationaleTemplates = ImmutableCopies.map(rationaleTemplates);
        appliesWhenCaseStates = ImmutableCopies.list(appliesWhenCaseStates);
        laterEditions = ImmutableCopies.list(laterEditions);
        regionalCitations = ImmutableCopies.list(regionalCitations);
        appliesUnlessCaseStates = ImmutableCopies.list(appliesUnlessCaseStates);
    }

    /**
     * The citation for an item of these body regions (with the regions they lie in) decided on {@code date}: the
     * section of the first regional citation naming one of the regions, else the edition in force on the date.
     */
    public GuidelineCitation citationFor(java.util.Collection<String> regions, java.time.LocalDate date) {
        return regionalCitations.stream()
                .filter(regional -> regional.regions().stream().anyMatch(regions::contains))
                .map(RegionalCitation::citation)
                .findFirst()
                .orElseGet(() -> citationOn(date));
    }

    /** The citation of the edition in force on {@code date}; the first edition when the date is not known. */
    public GuidelineCitation citationOn(java.time.LocalDate date) {
        GuidelineCitation inForce = citation;
        if (date == null) {
            return inForce;
        }
        java.time.LocalDate latest = java.time.LocalDate.MIN;
        for (CitationEdition edition : laterEditions) {
            java.time.LocalDate from = edition.effectiveFromDate();
            if (!date.isBefore(from) && from.isAfter(latest)) {
                inForce = edition.citation();
                latest = from;
            }
        }
        return inForce;
    }

    /** Whether the rule governs an item with these concepts. */
    public boolean governs(java.util.Collection<String> concepts) {
        return appliesTo.stream().anyMatch(selector -> selector.matches(concepts));
    }

    /**
     * This rule with the default templates added for every template its kind requires that it does not word
     * itself; its own templates are kept.
     */
    GuidelineRule withDefaultTemplates(Map<String, String> defaults) {
        Map<String, String> templates = new java.util.LinkedHashMap<>(rationaleTemplates);
        if (kind != null) {
            for (RationaleTemplateKey key : kind.requiredTemplates()) {
                String fallback = defaults.get(key.jsonKey());
                if (fallback != null && key.requiredBy(this)) {
                    templates.putIfAbsent(key.jsonKey(), fallback);
                }
            }
        }
        return new GuidelineRule(id, version, kind, hierarchyLevel, summary, appliesTo, citation, conditionCategories,
                templates, appliesWhenCaseStates, laterEditions, criteria, familyDefault, regionalCitations,
                appliesUnlessCaseStates);
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
