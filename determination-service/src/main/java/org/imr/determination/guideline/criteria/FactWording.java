package org.imr.determination.guideline.criteria;

import java.util.List;
import org.imr.determination.guideline.facts.FoundFact;

/** Lists of facts in the plain words of the letters. */
final class FactWording {

    private FactWording() {
    }

    /** "The records document a, b and c. " or "" when none was found. */
    static String documented(List<FoundFact> found) {
        if (found.isEmpty()) {
            return "";
        }
        return "The records document " + and(found.stream().map(FoundFact::name).toList()) + ". ";
    }

    static String and(List<String> names) {
        return joined(names, " and ");
    }

    static String or(List<String> names) {
        return joined(names, " or ");
    }

    private static String joined(List<String> names, String last) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }
}
