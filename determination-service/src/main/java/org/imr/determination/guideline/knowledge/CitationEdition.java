package org.imr.determination.guideline.knowledge;

import java.time.LocalDate;

/**
 * A later edition of a rule's guideline: cases received on or after {@code effectiveFrom} are decided and cited by
 * it.
 *
 * @param effectiveFrom ISO date, e.g. "2016-01-01"
 * @param citation      the citation of that edition
 */
public record CitationEdition(String effectiveFrom, GuidelineCitation citation) {

    public LocalDate effectiveFromDate() {
        return LocalDate.parse(effectiveFrom);
    }
}
