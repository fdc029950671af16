package org.imr.determination.guideline.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks one guideline rule: identity, citation, condition categories and rationale templates. */
final class RuleValidator {

    private final ProblemList problems;
    private final TemplateValidator templates;

    RuleValidator(ProblemList problems) {
        this.problems = problems;
        this.templates = new TemplateValidator(problems);
    }

    void check(String path, GuidelineRule rule) {
        problems.requireText(path + ".id", rule.id());
        problems.requireText(path + ".version", rule.version());
        problems.requirePresent(path + ".hierarchyLevel", rule.hierarchyLevel());
        problems.requireElements(path + ".appliesTo", rule.appliesTo());
        for (int index = 0; index < rule.appliesTo().size(); index++) {
            ConceptSelector selector = rule.appliesTo().get(index);
            if (selector != null) {
                problems.requireElements(path + ".appliesTo[" + index + "].allOf", selector.allOf());
            }
        }
        checkCitation(path + ".citation", rule.citation());
        for (int index = 0; index < rule.regionalCitations().size(); index++) {
            RegionalCitation regional = rule.regionalCitations().get(index);
            String regionalPath = path + ".regionalCitations[" + index + "]";
            if (problems.requirePresent(regionalPath, regional)) {
                problems.requireWords(regionalPath + ".regions", regional.regions());
                checkCitation(regionalPath + ".citation", regional.citation());
            }
        }
        for (int index = 0; index < rule.laterEditions().size(); index++) {
            CitationEdition edition = rule.laterEditions().get(index);
            String editionPath = path + ".laterEditions[" + index + "]";
            if (problems.requireText(editionPath + ".effectiveFrom", edition.effectiveFrom())) {
                try {
                    edition.effectiveFromDate();
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add(editionPath + ".effectiveFrom", "is not an ISO date (yyyy-mm-dd)");
                }
            }
            checkCitation(editionPath + ".citation", edition.citation());
        }
        if (rule.kind() == RuleKind.DOCUMENTED_CRITERIA
                && problems.requirePresent(path + ".criteria", rule.criteria())) {
            problems.requireText(path + ".criteria.requirement", rule.criteria().requirement());
            if (rule.criteria().notRecommended()) {
                if (!rule.criteria().supportedWhenAllOf().isEmpty()) {
                    problems.add(path + ".criteria.supportedWhenAllOf", "must be empty for a service not recommended");
                }
            } else {
                problems.requireElements(path + ".criteria.supportedWhenAllOf", rule.criteria().supportedWhenAllOf());
            }
            if (rule.criteria().initialRequest() != null) {
                problems.requireText(path + ".criteria.initialRequest.requirement",
                        rule.criteria().initialRequest().requirement());
                problems.requireElements(path + ".criteria.initialRequest.supportedWhenAllOf",
                        rule.criteria().initialRequest().supportedWhenAllOf());
                TwoDrugsOf another = rule.criteria().initialRequest().notBesideAnotherOf();
                if (another != null) {
                    problems.requireText(path + ".criteria.initialRequest.notBesideAnotherOf.drugClass",
                            another.drugClass());
                }
            }
        }
        if (problems.requirePresent(path + ".kind", rule.kind())) {
            if (rule.kind().usesConditionCategories()) {
                checkCategories(path + ".conditionCategories", rule.conditionCategories());
            }
            checkTemplates(path + ".rationaleTemplates", rule);
        }
    }

    private void checkCitation(String path, GuidelineCitation citation) {
        if (problems.requirePresent(path, citation)) {
            problems.requireText(path + ".guideline", citation.guideline());
            if (citation.section() != null) {
                problems.requireText(path + ".section", citation.section());
            }
            if (citation.pages() != null) {
                problems.requireText(path + ".pages", citation.pages());
            }
        }
    }

    private void checkCategories(String path, List<ConditionCategory> categories) {
        problems.requireElements(path, categories);
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < categories.size(); index++) {
            ConditionCategory category = categories.get(index);
            String categoryPath = path + "[" + index + "]";
            if (category == null) {
                continue;
            }
            if (problems.requireText(categoryPath + ".id", category.id()) && !ids.add(category.id())) {
                problems.add(categoryPath + ".id", "repeats the id " + category.id());
            }
            problems.requireText(categoryPath + ".name", category.name());
            problems.requirePositive(categoryPath + ".maxVisits", category.maxVisits());
            problems.requirePositive(categoryPath + ".maxWeeks", category.maxWeeks());
            problems.requireWords(categoryPath + ".keywords", category.keywords());
        }
    }

    private void checkTemplates(String path, GuidelineRule rule) {
        List<RationaleTemplateKey> required = rule.kind().requiredTemplates().stream()
                .filter(key -> key.requiredBy(rule)).toList();
        Set<String> expectedKeys = required.stream().map(RationaleTemplateKey::jsonKey).collect(Collectors.toSet());
        for (String key : rule.rationaleTemplates().keySet()) {
            if (!expectedKeys.contains(key)) {
                problems.add(path + "." + key, "is not a template of " + rule.kind() + "; expected " + expectedKeys);
            }
        }
        for (RationaleTemplateKey key : required) {
            templates.check(path + "." + key.jsonKey(), rule.rationaleTemplates().get(key.jsonKey()),
                    key.placeholders(), key.outcome());
        }
    }
}
