package org.imr.determination.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imr.determination.guideline.knowledge.ConceptSelector;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBase;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/** Checks that every concept the knowledge base names is one the vocabulary defines. */
final class ConceptReferences {

    private final Vocabulary vocabulary;

    ConceptReferences(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** @throws IllegalArgumentException naming every concept the vocabulary does not define, and where */
    void requireDefined(GuidelineKnowledgeBase knowledgeBase) {
        List<String> unknown = new ArrayList<>();
        knowledgeBase.rules().forEach(rule -> rule.appliesTo().stream().map(ConceptSelector::conceptIds)
                .flatMap(List::stream)
                .filter(id -> !vocabulary.defines(id))
                .forEach(id -> unknown.add("rule " + rule.id() + ": " + id)));
        knowledgeBase.rules().forEach(rule -> rule.regionalCitations().stream()
                .flatMap(regional -> regional.regions().stream())
                .filter(id -> !vocabulary.defines(id))
                .forEach(id -> unknown.add("rule " + rule.id() + ", regional citation: " + id)));
        knowledgeBase.rules().stream()
                .filter(rule -> rule.criteria() != null && rule.criteria().initialRequest() != null)
                .forEach(rule -> Stream.ofNullable(rule.criteria().initialRequest().notBesideAnotherOf())
                        .flatMap(drugs -> Stream.of(drugs.drugClass(), drugs.exceptForm()))
                        .filter(id -> id != null && !vocabulary.defines(id))
                        .forEach(id -> unknown.add("rule " + rule.id() + ", initial request: " + id)));
        knowledgeBase.clinicalFacts().forEach(fact -> Stream.of(fact.namedByConcepts().stream(),
                        fact.termsWithCues().stream().flatMap(words -> words.termsNamedByConcepts().stream()),
                        fact.termsWithCues().stream().flatMap(words -> words.cuesBeforeConcepts().stream()),
                        Stream.ofNullable(fact.twoDrugsOf())
                                .flatMap(drugs -> Stream.of(drugs.drugClass(), drugs.exceptForm())),
                        Stream.ofNullable(fact.ofDrugClass()),
                        Stream.ofNullable(fact.notForRequestsOf()).flatMap(words -> words.regions().stream()))
                .flatMap(concepts -> concepts)
                .filter(id -> !vocabulary.defines(id))
                .forEach(id -> unknown.add("clinical fact " + fact.id() + ": " + id)));
        Stream.concat(knowledgeBase.ancillaryServices().concepts(), Stream.of(
                        knowledgeBase.partiallyAuthorizedCourses().concepts(),
                        knowledgeBase.partiallyAuthorizedCourses().notWithConcepts(),
                        List.of(knowledgeBase.partiallyAuthorizedCourses().authorizedConcept()))
                .flatMap(List::stream))
                .filter(id -> !vocabulary.defines(id))
                .forEach(id -> unknown.add("ancillary or partially authorized services: " + id));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The knowledge base names concepts the vocabulary does not define: "
                    + String.join(", ", unknown));
        }
    }
}
