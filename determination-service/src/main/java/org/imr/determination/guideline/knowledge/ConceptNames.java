package org.imr.determination.guideline.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Words of the knowledge base extended by the names of vocabulary concepts. */
final class ConceptNames {

    private ConceptNames() {
    }

    /** The words, then every name of the concepts that is not among them yet, in order. */
    static List<String> appended(List<String> words, List<String> concepts,
            Function<String, List<String>> namesOfConcept) {
        List<String> all = new ArrayList<>(words);
        concepts.stream().flatMap(concept -> namesOfConcept.apply(concept).stream())
                .filter(name -> !all.contains(name)).forEach(all::add);
        return all;
    }
}
