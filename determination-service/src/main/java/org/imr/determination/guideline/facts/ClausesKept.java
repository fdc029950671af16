package org.imr.determination.guideline.facts;

import java.util.ArrayList;
import java.util.List;
import org.imr.determination.guideline.knowledge.ClinicalFactDefinition;
import org.imr.determination.guideline.text.IndexedPhrases;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.TermPhrase;
import org.imr.determination.guideline.vocabulary.ConceptKind;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * The words of a fact's {@code keptInClausesWith}, which keep a clause its {@code notInClausesWith} words would set
 * aside. Words ending in "it" stand for the medication: "only with it" also keeps "only with Norco", any drug the
 * vocabulary names in its place.
 *
 * @param words the words as written
 * @param beforeADrug the words ending in "it" without it, read only right before a drug's name
 * @param drugNames the name of every drug of the vocabulary; empty without a vocabulary
 */
record ClausesKept(List<TermPhrase> words, List<TermPhrase> beforeADrug, List<TermPhrase> drugNames) {

    /** No words: every clause the words of {@code notInClausesWith} name is set aside. */
    static final ClausesKept NONE = new ClausesKept(List.of(), List.of(), List.of());

    private static final String THE_MEDICATION = " it";

    static ClausesKept of(ClinicalFactDefinition fact, Vocabulary vocabulary) {
        List<String> beforeADrug = new ArrayList<>();
        for (String words : fact.keptInClausesWith()) {
            if (words.endsWith(THE_MEDICATION)) {
                beforeADrug.add(words.substring(0, words.length() - THE_MEDICATION.length()));
            }
        }
        List<String> drugNames = vocabulary == null || beforeADrug.isEmpty() ? List.of()
                : vocabulary.concepts().stream().filter(concept -> concept.kind() == ConceptKind.DRUG)
                        .flatMap(concept -> concept.terms().stream()).toList();
        return new ClausesKept(IndexedPhrases.ofTerms(fact.keptInClausesWith()), IndexedPhrases.ofTerms(beforeADrug),
                IndexedPhrases.ofTerms(drugNames));
    }

    /** Whether the clause names the words, or the words before "it" right before a drug's name. */
    boolean keep(NormalizedText clause) {
        return clause.containsAny(words) || !drugNames.isEmpty() && clause.containsAnyFollowedBy(beforeADrug, drugNames);
    }
}
