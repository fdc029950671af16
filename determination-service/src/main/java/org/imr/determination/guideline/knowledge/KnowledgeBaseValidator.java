package org.imr.determination.guideline.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imr.determination.guideline.Outcome;

/** Checks a whole knowledge base and lists every problem found, so that one run shows all mistakes of the file. */
final class KnowledgeBaseValidator {

    private final ProblemList problems = new ProblemList();
    private final RuleValidator ruleValidator = new RuleValidator(problems);
    private final TemplateValidator templateValidator = new TemplateValidator(problems);

    List<String> problemsIn(String knowledgeBaseVersion, UncoveredServiceWording uncoveredService,
            AncillaryServices ancillaryServices, PartiallyAuthorizedCourses partiallyAuthorizedCourses,
            List<GuidelineRule> rules,
            List<ClinicalFactDefinition> clinicalFacts) {
        problems.requireText("knowledgeBaseVersion", knowledgeBaseVersion);
        checkUncoveredService(uncoveredService);
        checkAncillaryServices(ancillaryServices);
        checkPartiallyAuthorizedCourses(partiallyAuthorizedCourses);
        checkRules(rules);
        new ClinicalFactsValidator(problems).check(clinicalFacts, rules);
        return problems.toList();
    }

    private void checkUncoveredService(UncoveredServiceWording wording) {
        if (problems.requirePresent("uncoveredService", wording)) {
            problems.requireText("uncoveredService.citation", wording.citation());
            templateValidator.check("uncoveredService.rationale", wording.rationale(),
                    UncoveredServiceWording.PLACEHOLDERS, Outcome.EXPERT_REVIEW_REQUIRED);
        }
    }

    private void checkAncillaryServices(AncillaryServices ancillary) {
        if (problems.requirePresent("ancillaryServices", ancillary)) {
            problems.requireText("ancillaryServices.id", ancillary.id());
            problems.requireText("ancillaryServices.version", ancillary.version());
            problems.requireElements("ancillaryServices.services", ancillary.services());
            for (int index = 0; index < ancillary.services().size(); index++) {
                AncillaryServices.ServicesFor services = ancillary.services().get(index);
                if (services != null) {
                    String path = "ancillaryServices.services[" + index + "]";
                    problems.requireElements(path + ".itemConcepts", services.itemConcepts());
                    problems.requireElements(path + ".procedureConcepts", services.procedureConcepts());
                }
            }
            problems.requireText("ancillaryServices.citation", ancillary.citation());
            templateValidator.check("ancillaryServices.rationale", ancillary.rationale(),
                    AncillaryServices.PLACEHOLDERS, Outcome.UPHELD);
            for (int index = 0; index < ancillary.includedInANecessaryProcedure().size(); index++) {
                checkIncludedService("ancillaryServices.includedInANecessaryProcedure[" + index + "]",
                        ancillary.includedInANecessaryProcedure().get(index));
            }
        }
    }

    private void checkIncludedService(String path, AncillaryServices.IncludedService included) {
        if (problems.requirePresent(path, included)) {
            problems.requireText(path + ".id", included.id());
            problems.requireText(path + ".version", included.version());
            problems.requireElements(path + ".itemConcepts", included.itemConcepts());
            problems.requireElements(path + ".procedureConcepts", included.procedureConcepts());
            problems.requireText(path + ".citation", included.citation());
            templateValidator.check(path + ".rationale", included.rationale(), AncillaryServices.PLACEHOLDERS,
                    Outcome.OVERTURNED);
        }
    }

    private void checkPartiallyAuthorizedCourses(PartiallyAuthorizedCourses courses) {
        if (problems.requirePresent("partiallyAuthorizedCourses", courses)) {
            problems.requireText("partiallyAuthorizedCourses.id", courses.id());
            problems.requireText("partiallyAuthorizedCourses.version", courses.version());
            problems.requireText("partiallyAuthorizedCourses.authorizedConcept", courses.authorizedConcept());
            problems.requireElements("partiallyAuthorizedCourses.concepts", courses.concepts());
            templateValidator.check("partiallyAuthorizedCourses.rationale", courses.rationale(),
                    PartiallyAuthorizedCourses.PLACEHOLDERS, Outcome.UPHELD);
        }
    }

    private void checkRules(List<GuidelineRule> rules) {
        problems.requireElements("rules", rules);
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < rules.size(); index++) {
            GuidelineRule rule = rules.get(index);
            if (rule == null) {
                continue;
            }
            String path = "rules[" + index + "]";
            ruleValidator.check(path, rule);
            if (rule.id() != null && !ids.add(rule.id())) {
                problems.add(path + ".id", "repeats the rule id " + rule.id());
            }
        }
    }
}
