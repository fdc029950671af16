package org.imr.determination.guideline.physicalmedicine;

import java.util.List;
import java.util.Optional;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.knowledge.ConditionCategory;
import org.imr.determination.guideline.text.BodyRegionSites;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.TermPhrase;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * Puts the condition treated in a category of the rule by the category keywords. Looks first at the diagnoses of
 * the requested body region, then at all diagnoses, then at the current complaints; categories are tried in the
 * order of the knowledge base (most specific first), and negated findings ("without radiculopathy") do not count.
 */
final class ConditionClassifier {

    private final List<CategoryKeywords> categoriesInPrecedence;
    private final Vocabulary vocabulary;

    private record CategoryKeywords(ConditionCategory category, List<TermPhrase> keywords) {
    }

    ConditionClassifier(List<ConditionCategory> categories, Vocabulary vocabulary) {
        this.categoriesInPrecedence = categories.stream()
                .map(category -> new CategoryKeywords(category,
                        category.keywords().stream().map(TermPhrase::of).toList()))
                .toList();
        this.vocabulary = vocabulary;
    }

    Optional<ConditionMatch> classify(CaseFile caseFile, BodyRegionSites requestedSites) {
        List<String> diagnosesOfRegion = requestedSites.isUnknown() ? List.of() : caseFile.diagnoses().stream()
                .filter(diagnosis -> vocabulary.sitesIn(diagnosis).overlaps(requestedSites))
                .toList();
        return firstMatch(diagnosesOfRegion, "diagnosis")
                .or(() -> firstMatch(caseFile.diagnoses(), "diagnosis"))
                .or(() -> firstMatch(caseFile.currentComplaints(), "complaint"))
                .or(() -> inClinicalSummary(caseFile.clinicalSummary()));
    }

    /** For case files whose facts are only in the clinical summary: the first category it affirms. */
    private Optional<ConditionMatch> inClinicalSummary(String summary) {
        NormalizedText text = NormalizedText.of(summary);
        for (CategoryKeywords candidate : categoriesInPrecedence) {
            for (TermPhrase keyword : candidate.keywords()) {
                if (text.affirmsAny(List.of(keyword))) {
                    String basis = String.join(" ", keyword.words()) + " in the clinical summary";
                    return Optional.of(new ConditionMatch(candidate.category(), basis));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ConditionMatch> firstMatch(List<String> findings, String kindOfFinding) {
        List<NormalizedText> normalized = findings.stream().map(NormalizedText::of).toList();
        for (CategoryKeywords candidate : categoriesInPrecedence) {
            for (int index = 0; index < findings.size(); index++) {
                if (normalized.get(index).affirmsAny(candidate.keywords())) {
                    String basis = kindOfFinding + " of " + findings.get(index).strip();
                    return Optional.of(new ConditionMatch(candidate.category(), basis));
                }
            }
        }
        return Optional.empty();
    }
}
