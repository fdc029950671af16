package org.imr.determination.guideline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imr.determination.guideline.knowledge.ClinicalFactDefinition;
import org.imr.determination.guideline.text.CharSpan;
import org.imr.determination.guideline.text.TermPhrase;

/**
 * Finds the clinical facts of the knowledge base in a case file's text: a fact is found in the first piece of text
 * that affirms one of its phrases (a phrase shortly after "no", "not", "without", "denies" or "negative" does not
 * count), unless the piece names one of the fact's other subjects (a sentence about the request is not about a
 * course already given). Immutable and thread-safe.
 */
public final class ClinicalFactFinder {

    private record Definition(ClinicalFactDefinition fact, List<TermPhrase> phrases, List<TermPhrase> otherSubjects) {
    }

    private final Map<String, Definition> byId;

    public ClinicalFactFinder(List<ClinicalFactDefinition> facts) {
        this.byId = facts.stream()
                .map(fact -> new Definition(fact, fact.phrases().stream().map(TermPhrase::of).toList(),
                        fact.notInSentencesWith().stream().map(TermPhrase::of).toList()))
                .collect(Collectors.toUnmodifiableMap(d -> d.fact().id(), Function.identity()));
    }

    /** The fact if the text states it; a fact id the knowledge base does not define is never found. */
    public Optional<FoundFact> find(String factId, CaseText text) {
        Definition definition = byId.get(factId);
        if (definition == null) {
            return Optional.empty();
        }
        for (CaseText.Piece piece : text.pieces()) {
            if (piece.words().affirmsAny(definition.phrases())
                    && !piece.words().containsAny(definition.otherSubjects())) {
                CharSpan words = piece.words().firstAffirmedIn(piece.text(), definition.phrases()).orElseThrow();
                return Optional.of(new FoundFact(factId, definition.fact().name(), piece.where(), piece.locate(words)));
            }
        }
        return Optional.empty();
    }

    /** The facts of {@code factIds} the text states, in the given order. */
    public List<FoundFact> findAll(List<String> factIds, CaseText text) {
        List<FoundFact> found = new ArrayList<>();
        for (String id : factIds) {
            find(id, text).ifPresent(found::add);
        }
        return found;
    }

    /** How rationales name a fact. */
    public String nameOf(String factId) {
        Definition definition = byId.get(factId);
        return definition == null ? factId : definition.fact().name();
    }
}
