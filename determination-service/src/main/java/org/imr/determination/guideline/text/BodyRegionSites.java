package org.imr.determination.guideline.text;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body regions a text names, with the sides named for each ("bilateral wrists" is the wrist region on both
 * sides; "lumbar" the lumbar spine, which has no sides and so counts as both), and the larger regions each lies in
 * (the wrist in the upper extremity, the lumbar spine in the spine).
 *
 * @param sidesByRegion     region concept to the sides named; empty when the text names no known region
 * @param enclosingByRegion region concept to the larger regions it lies in
 */
public record BodyRegionSites(Map<String, Set<Side>> sidesByRegion, Map<String, Set<String>> enclosingByRegion) {

    /** No region named. */
    public static final BodyRegionSites NONE = new BodyRegionSites(Map.of(), Map.of());

    public BodyRegionSites {
        Map<String, Set<Side>> copy = new LinkedHashMap<>();
        sidesByRegion.forEach((region, sides) -> copy.put(region, Collections.unmodifiableSet(EnumSet.copyOf(sides))));
        sidesByRegion = Collections.unmodifiableMap(copy);
        enclosingByRegion = Map.copyOf(enclosingByRegion);
    }

    /** True when the text named no known region, so nothing can be said about which region it means. */
    public boolean isUnknown() {
        return sidesByRegion.isEmpty();
    }

    /**
     * True when both name a common region on a common side, one region lying in the other counting as common:
     * "right wrist" overlaps "bilateral wrists" and "right upper extremity", not "left wrist" nor "right shoulder".
     */
    public boolean overlaps(BodyRegionSites other) {
        for (Map.Entry<String, Set<Side>> site : sidesByRegion.entrySet()) {
            for (Map.Entry<String, Set<Side>> otherSite : other.sidesByRegion.entrySet()) {
                if (contain(site.getKey(), other, otherSite.getKey())
                        && !Collections.disjoint(site.getValue(), otherSite.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every region named is named on {@code side} only: "the left foot", not "the left foot and low back". */
    public boolean onlyOn(Side side) {
        return !sidesByRegion.isEmpty()
                && sidesByRegion.values().stream().allMatch(sides -> sides.equals(Set.of(side)));
    }

    /** Whether both name a common region, one region lying in the other counting as common, whatever the sides. */
    public boolean sharesRegionWith(BodyRegionSites other) {
        for (String region : sidesByRegion.keySet()) {
            for (String otherRegion : other.sidesByRegion.keySet()) {
                if (contain(region, other, otherRegion)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a region of this text is {@code region} or lies in it. */
    public boolean liesIn(String region) {
        return sidesByRegion.keySet().stream()
                .anyMatch(named -> named.equals(region) || enclosingOf(named).contains(region));
    }

    /**
     * Whether the text names a region and every region it names is one of {@code regions} or lies in one: "lumbar
     * spine" lies in the lumbar spine, "lumbar and cervical spine" does not.
     */
    public boolean allLieIn(Collection<String> regions) {
        return !sidesByRegion.isEmpty() && sidesByRegion.keySet().stream().allMatch(
                named -> regions.contains(named) || enclosingOf(named).stream().anyMatch(regions::contains));
    }

    private boolean contain(String region, BodyRegionSites other, String otherRegion) {
        return region.equals(otherRegion) || enclosingOf(region).contains(otherRegion)
                || other.enclosingOf(otherRegion).contains(region);
    }

    private Set<String> enclosingOf(String region) {
        return enclosingByRegion.getOrDefault(region, Set.of());
    }
}
