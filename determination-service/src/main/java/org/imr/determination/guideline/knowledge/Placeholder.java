package org.imr.determination.guideline.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** The names a rationale template may use in braces, e.g. {@code {maxVisits}}. */
public enum Placeholder {
    GUIDELINE_REFERENCE("guidelineReference"),
    SERVICE("service"),
    SERVICE_FOR_REGION("serviceForRegion"),
    ITEM_DESCRIPTION("itemDescription"),
    CATEGORIES("categories"),
    CATEGORY("category"),
    MAX_VISITS("maxVisits"),
    MAX_WEEKS("maxWeeks"),
    CONDITION_BASIS("conditionBasis"),
    REQUESTED_VISITS("requestedVisits"),
    REQUESTED_AMOUNT("requestedAmount"),
    REQUESTED_WEEKS("requestedWeeks"),
    PRIOR_VISITS("priorVisits"),
    TOTAL_VISITS("totalVisits"),
    REQUIREMENT("requirement"),
    DOCUMENTED_FACTS("documentedFacts"),
    MISSING_FACTS("missingFacts"),
    RULING_OUT_FACTS("rulingOutFacts"),
    PRIMARY_ITEM("primaryItem");

    private final String key;

    Placeholder(String key) {
        this.key = key;
    }

    /** The name as written in a template, without braces. */
    public String key() {
        return key;
    }

    public static Optional<Placeholder> fromKey(String key) {
        return Arrays.stream(values()).filter(placeholder -> placeholder.key.equals(key)).findFirst();
    }
}
