package org.imr.determination.guideline.vocabulary;

import java.util.List;

/**
 * One concept of the vocabulary: the terms that name it (synonyms, abbreviations, brand names; word order inside a
 * term matters, case, punctuation and plural do not) and the broader concepts it implies (a drug its class, a class
 * its family, a region the larger region it lies in).
 *
 * @param id      stable identifier the rules use, e.g. "opioid", "lumbar-spine"
 * @param kind    what the concept stands for
 * @param terms   the words that name it in a disputed item; may be empty for a concept named only through others
 * @param implies ids of broader concepts
 */
public record Concept(String id, ConceptKind kind, List<String> terms, List<String> implies) {

    public Concept {
        terms = terms == null ? List.of() : List.copyOf(terms);
        implies = implies == null ? List.of() : List.copyOf(implies);
    }
}
