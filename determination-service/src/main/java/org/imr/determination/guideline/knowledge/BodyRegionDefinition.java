package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * A body region as the guidelines group it, and the words that name it, e.g. "forearm, wrist and hand" named by
 * wrist, hand, finger, thumb, carpal.
 *
 * @param name   the region
 * @param paired whether the region exists on the left and the right (a wrist does, the lumbar spine does not)
 * @param terms  words or phrases that name the region
 */
public record BodyRegionDefinition(String name, Boolean paired, List<String> terms) {

    public BodyRegionDefinition {
        terms = ImmutableCopies.list(terms);
    }

    public boolean isPaired() {
        return Boolean.TRUE.equals(paired);
    }
}
