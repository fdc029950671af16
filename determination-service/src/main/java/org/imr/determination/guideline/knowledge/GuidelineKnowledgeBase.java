package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * The versioned set of guideline rules, read from {@code guidelines/guideline-rules.json}. Every instance is
 * validated on construction.
 *
 * @param knowledgeBaseVersion version of the whole rule set, e.g. "2026.11-1"
 * @param uncoveredService     wording for items no rule governs
 * @param ancillaryServices    services for a procedure, which follow the procedure when it is disputed too
 * @param partiallyAuthorizedCourses the remaining portion of a course the utilization review modified
 * @param defaultRationaleTemplates the rationale wording a rule uses for a template it does not word itself (by
 *                             {@link RationaleTemplateKey#jsonKey()}), so that the letters' common wording is in one
 *                             place
 * @param rules                the rules, each with the default templates its kind requires and it lacks
 * @throws InvalidKnowledgeBaseException when any part is missing or inconsistent
 */
public record GuidelineKnowledgeBase(
        String knowledgeBaseVersion,
        UncoveredServiceWording uncoveredService,
        AncillaryServices ancillaryServices,
        PartiallyAuthorizedCourses partiallyAuthorizedCourses,
        java.util.Map<String, String> defaultRationaleTemplates,
        List<GuidelineRule> rules,
        List<ClinicalFactDefinition> clinicalFacts) {

    public GuidelineKnowledgeBase {
        defaultRationaleTemplates = ImmutableCopies.map(defaultRationaleTemplates);
        java.util.Map<String, String> defaults = defaultRationaleTemplates;
        rules = ImmutableCopies.list(ImmutableCopies.list(rules).stream()
                .map(rule -> rule == null ? null : rule.withDefaultTemplates(defaults)).toList());
        clinicalFacts = ImmutableCopies.list(clinicalFacts);
        List<String> problems = new KnowledgeBaseValidator()
                .problemsIn(knowledgeBaseVersion, uncoveredService, ancillaryServices, partiallyAuthorizedCourses,
                        rules, clinicalFacts);
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeBaseException(problems);
        }
    }
}
