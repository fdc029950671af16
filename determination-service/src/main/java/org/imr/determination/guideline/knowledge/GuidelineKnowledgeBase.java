package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * The versioned set of guideline rules, read from {@code guidelines/guideline-rules.json}. Every instance is
 * validated on construction.
 *
 * @param knowledgeBaseVersion version of the whole rule set, e.g. "2026.11-1"
 * @param bodyRegions          the body regions rules compare (e.g. a prior course against a request)
 * @param uncoveredService     wording for items no rule governs
 * @param ancillaryServices    services for a procedure, which follow the procedure when it is disputed too
 * @param partiallyAuthorizedCourses the remaining portion of a course the utilization review modified
 * @param rules                the rules
 * @throws InvalidKnowledgeBaseException when any part is missing or inconsistent
 */
public record GuidelineKnowledgeBase(
        String knowledgeBaseVersion,
        List<BodyRegionDefinition> bodyRegions,
        UncoveredServiceWording uncoveredService,
        AncillaryServices ancillaryServices,
        PartiallyAuthorizedCourses partiallyAuthorizedCourses,
        List<GuidelineRule> rules,
        List<ClinicalFactDefinition> clinicalFacts) {

    public GuidelineKnowledgeBase {
        bodyRegions = ImmutableCopies.list(bodyRegions);
        rules = ImmutableCopies.list(rules);
        clinicalFacts = ImmutableCopies.list(clinicalFacts);
        List<String> problems = new KnowledgeBaseValidator()
                .problemsIn(knowledgeBaseVersion, bodyRegions, uncoveredService, ancillaryServices, partiallyAuthorizedCourses, rules,
                        clinicalFacts);
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeBaseException(problems);
        }
    }
}
