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
 */
public record ConditionCategory(String id, String name, int maxVisits, int maxWeeks, List<String> keywords) {

    public ConditionCategory {
        keywords = ImmutableCopies.list(keywords);
    }
}
