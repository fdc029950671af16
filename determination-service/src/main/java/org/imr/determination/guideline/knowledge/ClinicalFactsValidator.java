package org.imr.determination.guideline.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.TermPhrase;

/** Checks the clinical facts of the knowledge base, and that every fact a rule's criteria name is defined. */
final class ClinicalFactsValidator {

    private final ProblemList problems;

    ClinicalFactsValidator(ProblemList problems) {
        this.problems = problems;
    }

    /** The regions and words of a fact's words not for requests of some regions: each word one the fact lists. */
    private void checkWordsNotForRequests(String path, ClinicalFactDefinition fact) {
        problems.requireWords(path + ".regions", fact.notForRequestsOf().regions());
        problems.requireWords(path + ".words", fact.notForRequestsOf().words());
        Set<String> listed = new HashSet<>(fact.phrases());
        listed.addAll(fact.localPhrases());
        fact.termsWithCues().forEach(pair -> listed.addAll(pair.terms()));
        for (String word : fact.notForRequestsOf().words()) {
            if (!listed.contains(word)) {
                problems.add(path + ".words", "\"" + word + "\" is none of the fact's phrases or terms");
            }
        }
    }

    void check(List<ClinicalFactDefinition> facts, List<GuidelineRule> rules) {
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < facts.size(); index++) {
            ClinicalFactDefinition fact = facts.get(index);
            String path = "clinicalFacts[" + index + "]";
            if (fact == null) {
                continue;
            }
            if (problems.requireText(path + ".id", fact.id()) && !ids.add(fact.id())) {
                problems.add(path + ".id", "repeats the fact id " + fact.id());
            }
            problems.requireText(path + ".name", fact.name());
            if (fact.statedByInjuryAge()) {
                checkInjuryAge(path, fact);
            } else if (!fact.statedByWorkerAge()) {
                if (fact.localPhrases().isEmpty()) {
                    problems.requireWords(path + ".phrases", fact.phrases());
                } else {
                    problems.requireWords(path + ".localPhrases", fact.localPhrases());
                }
                for (int pair = 0; pair < fact.termsWithCues().size(); pair++) {
                    TermsWithCues termsWithCues = fact.termsWithCues().get(pair);
                    problems.requireWords(path + ".termsWithCues[" + pair + "].terms", termsWithCues.terms());
                    problems.requireWords(path + ".termsWithCues[" + pair + "].cues", termsWithCues.cues());
                    if (termsWithCues.termsNeeded() < 1 || termsWithCues.termsNeeded() > termsWithCues.terms().size()) {
                        problems.add(path + ".termsWithCues[" + pair + "].atLeast",
                                "at least one term, and no more than the terms listed");
                    }
                    if (termsWithCues.isLocal() && !fact.isRegional()) {
                        problems.add(path + ".termsWithCues[" + pair + "].local",
                                "only a regional fact has signs of the requested region itself");
                    }
                    if (!termsWithCues.toldAfterNotInSentencesWith().isEmpty()
                            && termsWithCues.cuesStand() != CuePlace.TOLD_AFTER) {
                        problems.add(path + ".termsWithCues[" + pair + "].toldAfterNotInSentencesWith",
                                "only cues told after their terms (cuesStand TOLD_AFTER) have sentences of a plan");
                    }
                }
            }
            rejectLeadingFiller(path + ".phrases", fact.phrases());
            rejectLeadingFiller(path + ".localPhrases", fact.localPhrases());
            if (!fact.localPhrases().isEmpty() && !fact.isRegional()) {
                problems.add(path + ".localPhrases", "only a regional fact has phrases of the requested region itself");
            }
            if (fact.notForRequestsOf() != null) {
                checkWordsNotForRequests(path + ".notForRequestsOf", fact);
            }
            rejectLeadingFiller(path + ".notInSentencesWith", fact.notInSentencesWith());
            rejectLeadingFiller(path + ".notInClausesWith", fact.notInClausesWith());
            rejectLeadingFiller(path + ".notFromClausesWith", fact.notFromClausesWith());
            rejectLeadingFiller(path + ".keptInClausesWith", fact.keptInClausesWith());
            if (!fact.keptInClausesWith().isEmpty() && fact.notInClausesWith().isEmpty()) {
                problems.add(path + ".keptInClausesWith", "keeps only clauses that notInClausesWith would set aside");
            }
            if (fact.isDated() && fact.datedWithinDaysBeforeRequest() <= 0) {
                problems.add(path + ".datedWithinDaysBeforeRequest",
                        "a period before the request is a positive number of days");
            }
            if (fact.lapsesWhenDatedLongBefore() && fact.notWhenDatedOverDaysBeforeRequest() <= 0) {
                problems.add(path + ".notWhenDatedOverDaysBeforeRequest",
                        "a period before the request is a positive number of days");
            }
        }
        checkUndoingFacts(facts, ids);
        for (int index = 0; index < rules.size(); index++) {
            GuidelineRule rule = rules.get(index);
            if (rule == null) {
                continue;
            }
            requireDefined("rules[" + index + "].appliesWhenCaseStates", rule.appliesWhenCaseStates(), ids);
            requireDefined("rules[" + index + "].appliesUnlessCaseStates", rule.appliesUnlessCaseStates(), ids);
            if (rule.criteria() == null) {
                continue;
            }
            String path = "rules[" + index + "].criteria";
            rule.criteria().supportedWhenAllOf().forEach(alternative -> requireDefined(path + ".supportedWhenAllOf",
                    alternative, ids));
            requireDefined(path + ".notSupportedWhenAnyOf", rule.criteria().notSupportedWhenAnyOf(), ids);
            rule.criteria().notSupportedWhenAllOf().forEach(alternative -> requireDefined(
                    path + ".notSupportedWhenAllOf", alternative, ids));
            requireDefined(path + ".extensionRequires", rule.criteria().extensionRequires(), ids);
            if (rule.criteria().priorCourse() != null) {
                requireDefined(path + ".priorCourse", List.of(rule.criteria().priorCourse()), ids);
            }
            if (rule.criteria().notAtSpinalLevelsOf() != null) {
                requireDefined(path + ".notAtSpinalLevelsOf", List.of(rule.criteria().notAtSpinalLevelsOf()), ids);
            }
            requireDefined(path + ".postsurgicalCourses", rule.criteria().postsurgicalCourses().stream()
                    .map(PostsurgicalCourse::surgery).toList(), ids);
        }
    }

    /**
     * A phrase read without an article or pronoun it starts with would say less than it is written to ("a week" read
     * as "week" also matches "eight weeks"), so none may start with one.
     */
    private void rejectLeadingFiller(String path, List<String> phrases) {
        for (int index = 0; index < phrases.size(); index++) {
            String phrase = phrases.get(index);
            if (phrase == null) {
                continue;
            }
            List<String> words = NormalizedText.of(phrase).words();
            if (words.size() > 1 && TermPhrase.isFiller(words.get(0))) {
                problems.add(path + "[" + index + "]", "starts with \"" + words.get(0)
                        + "\", which the reading leaves out; was \"" + phrase + "\"");
            }
        }
    }

    private void checkInjuryAge(String path, ClinicalFactDefinition fact) {
        if (!fact.phrases().isEmpty()) {
            problems.add(path + ".phrases", "a fact stated by the age of the injury has no phrases");
        }
        if ((fact.injuryAtLeastDays() != null && fact.injuryAtLeastDays() < 0)
                || (fact.injuryUnderDays() != null && fact.injuryUnderDays() <= 0)) {
            problems.add(path, "an injury's age is a positive number of days");
        }
    }

    /** A fact's undoing facts are defined and undone by nothing themselves, so that no fact undoes itself. */
    private void checkUndoingFacts(List<ClinicalFactDefinition> facts, Set<String> ids) {
        Set<String> undone = new HashSet<>();
        facts.stream().filter(fact -> fact != null && !fact.notWhenAnyOf().isEmpty())
                .forEach(fact -> undone.add(fact.id()));
        for (int index = 0; index < facts.size(); index++) {
            ClinicalFactDefinition fact = facts.get(index);
            if (fact == null) {
                continue;
            }
            String path = "clinicalFacts[" + index + "].notWhenAnyOf";
            requireDefined(path, fact.notWhenAnyOf(), ids);
            fact.notWhenAnyOf().stream().filter(undone::contains)
                    .forEach(id -> problems.add(path, id + " is undone by other facts itself"));
        }
    }

    private void requireDefined(String path, List<String> factIds, Set<String> defined) {
        for (String id : factIds) {
            if (!defined.contains(id)) {
                problems.add(path, "names the undefined fact " + id);
            }
        }
    }
}
