package org.imr.determination.guideline.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body regions a text names, with the sides named for each ("bilateral wrists" is the wrist region on both
 * sides; "lumbar" the lumbar spine, which has no sides and so counts as both).
 *
 * @param sidesByRegion region name to the sides named; empty when the text names no known region
 */
public record BodyRegionSites(Map<String, Set<Side>> sidesByRegion) {

    public BodyRegionSites {
        Map<String, Set<Side>> copy = new LinkedHashMap<>();
        sidesByRegion.forEach((region, sides) -> copy.put(region, Collections.unmodifiableSet(EnumSet.copyOf(sides))));
        sidesByRegion = Collections.unmodifiableMap(copy);
    }

    /** True when the text named no known region, so nothing can be said about which region it means. */
    public boolean isUnknown() {
        return sidesByRegion.isEmpty();
    }

    /** True when both name a common region on a common side: "right wrist" overlaps "bilateral wrists". */
    public boolean overlaps(BodyRegionSites other) {
        for (Map.Entry<String, Set<Side>> site : sidesByRegion.entrySet()) {
            Set<Side> otherSides = other.sidesByRegion.get(site.getKey());
            if (otherSides != null && !Collections.disjoint(site.getValue(), otherSides)) {
                return true;
            }
        }
        return false;
    }
}
