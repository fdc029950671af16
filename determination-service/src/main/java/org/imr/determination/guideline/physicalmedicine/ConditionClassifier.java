package org.imr.determination.guideline.physicalmedicine;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.facts.CaseFileSection;
import org.imr.determination.guideline.facts.FoundFact;
import org.imr.determination.guideline.facts.TextLocation;
import org.imr.determination.guideline.knowledge.ConditionCategory;
import org.imr.determination.guideline.text.BodyRegionSites;
import org.imr.determination.guideline.text.CharSpan;
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
        List<String> diagnoses = caseFile.diagnoses();
        List<Integer> diagnosesOfRegion = requestedSites.isUnknown() ? List.of() : IntStream.range(0, diagnoses.size())
                .filter(index -> vocabulary.sitesIn(diagnoses.get(index)).overlaps(requestedSites))
                .boxed().toList();
        return firstMatch(diagnoses, diagnosesOfRegion, CaseFileSection.DIAGNOSES, "diagnosis")
                .or(() -> firstMatch(diagnoses, everyIndex(diagnoses), CaseFileSection.DIAGNOSES, "diagnosis"))
                .or(() -> firstMatch(caseFile.currentComplaints(), everyIndex(caseFile.currentComplaints()),
                        CaseFileSection.CURRENT_COMPLAINTS, "complaint"))
                .or(() -> inClinicalSummary(caseFile.clinicalSummary()))
                .or(this::ofTheInjury);
    }

    /** No condition of a category documented: the category that holds any industrial injury, if the rule has one. */
    private Optional<ConditionMatch> ofTheInjury() {
        return categoriesInPrecedence.stream().map(CategoryKeywords::category)
                .filter(ConditionCategory::holdsAnyInjury)
                .findFirst()
                .map(category -> new ConditionMatch(category, "industrial injury, with no condition of another "
                        + "category documented,", FoundFact.outsideTheText(category.id(), category.name(),
                        "the industrial injury")));
    }

    /** For case files whose facts are only in the clinical summary: the first category it affirms. */
    private Optional<ConditionMatch> inClinicalSummary(String summary) {
        NormalizedText text = NormalizedText.of(summary);
        for (CategoryKeywords candidate : categoriesInPrecedence) {
            for (TermPhrase keyword : candidate.keywords()) {
                Optional<CharSpan> words = text.firstAffirmedIn(summary, List.of(keyword), false);
                if (words.isPresent()) {
                    String basis = String.join(" ", keyword.words()) + " in the clinical summary";
                    return Optional.of(new ConditionMatch(candidate.category(), basis,
                            evidence(candidate.category(), CaseFileSection.CLINICAL_SUMMARY, 0, words.get())));
                }
            }
        }
        return Optional.empty();
    }

    /** The first category that one of the findings at {@code indices} affirms, the categories in precedence. */
    private Optional<ConditionMatch> firstMatch(List<String> findings, List<Integer> indices, CaseFileSection section,
            String kindOfFinding) {
        List<NormalizedText> normalized = indices.stream().map(index -> NormalizedText.of(findings.get(index)))
                .toList();
        for (CategoryKeywords candidate : categoriesInPrecedence) {
            for (int position = 0; position < indices.size(); position++) {
                String finding = findings.get(indices.get(position));
                Optional<CharSpan> words = normalized.get(position).firstAffirmedIn(finding, candidate.keywords(),
                        false);
                if (words.isPresent()) {
                    String basis = kindOfFinding + " of " + finding.strip();
                    return Optional.of(new ConditionMatch(candidate.category(), basis,
                            evidence(candidate.category(), section, indices.get(position), words.get())));
                }
            }
        }
        return Optional.empty();
    }

    private static FoundFact evidence(ConditionCategory category, CaseFileSection section, int entry, CharSpan words) {
        return new FoundFact(category.id(), category.name(), section.inWords(),
                new TextLocation(section, entry, words.start(), words.end()));
    }

    private static List<Integer> everyIndex(List<String> findings) {
        return IntStream.range(0, findings.size()).boxed().toList();
    }
}
