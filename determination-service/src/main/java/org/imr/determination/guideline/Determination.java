package org.imr.determination.guideline;

import java.util.List;
import java.util.Objects;

/**
 * The decisions on all disputed items of one case.
 *
 * @param items                one decision per disputed item, in the order of the case file
 * @param knowledgeBaseVersion version of the guideline knowledge base that produced them
 */
public record Determination(List<ItemDetermination> items, String knowledgeBaseVersion) {

    public Determination {
        items = List.copyOf(items);
        Objects.requireNonNull(knowledgeBaseVersion, "knowledgeBaseVersion");
    }
}
