package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * A condition category of a visit-limit rule and its limit, e.g. neuralgia, neuritis and radiculitis: 10 visits over
 * 4 weeks.
 *
 * @param id        stable identifier, e.g. "NEURALGIA_NEURITIS_RADICULITIS"
 * @param name      wording used in rationales, e.g. "neuralgia, neuritis and radiculitis"
 * @param maxVisits most visits the guideline supports
 * @param maxWeeks  over how many weeks
 * @param keywords  words or phrases that put a diagnosis or complaint in this category
 * @param ofAnyInjury the category of a case whose records document no condition of another: every case is of an
 *                  industrial injury, which the guideline's unspecified category holds
 */
public record ConditionCategory(String id, String name, int maxVisits, int maxWeeks, List<String> keywords,
        Boolean ofAnyInjury) {

    public ConditionCategory {
        keywords = ImmutableCopies.list(keywords);
    }

    public ConditionCategory(String id, String name, int maxVisits, int maxWeeks, List<String> keywords) {
        this(id, name, maxVisits, maxWeeks, keywords, null);
    }

    /** Whether this is the category of a case that documents no condition of another. */
    public boolean holdsAnyInjury() {
        return Boolean.TRUE.equals(ofAnyInjury);
    }
}
