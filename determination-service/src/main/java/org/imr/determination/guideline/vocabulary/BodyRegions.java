package org.imr.determination.guideline.vocabulary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.imr.determination.guideline.text.BodyRegionSites;
import org.imr.determination.guideline.text.Side;

/**
 * The body regions of the vocabulary as a text names them, and which regions a finding of one may concern.
 *
 * @param pairedRegions   regions with a left and a right (the limbs); a region lying in one is paired too
 * @param referredRegions a region of the spine to the limbs its nerve roots supply: a radicular symptom or a
 *                        neurological sign in the limb may arise there (cervical spine: upper extremity; lumbar spine:
 *                        lower extremity)
 */
public record BodyRegions(List<String> pairedRegions, Map<String, List<String>> referredRegions) {

    public BodyRegions {
        pairedRegions = pairedRegions == null ? List.of() : List.copyOf(pairedRegions);
        referredRegions = referredRegions == null ? Map.of() : Map.copyOf(referredRegions);
    }

    /**
     * The regions named in a sequence of concepts, the most specific only ("disc" in a sentence that names L4-5 is the
     * lumbar spine); a side applies to the paired regions after it until the next side.
     */
    BodyRegionSites sitesIn(List<Concept> namedInOrder, Function<String, Set<String>> enclosing) {
        Map<String, Set<Side>> sides = new LinkedHashMap<>();
        Map<String, Set<String>> enclosingByRegion = new LinkedHashMap<>();
        Set<Side> current = EnumSet.allOf(Side.class);
        for (Concept concept : namedInOrder) {
            if (concept.kind() == ConceptKind.SIDE) {
                current = sidesNamedBy(concept.id());
            } else if (concept.kind() == ConceptKind.REGION) {
                Set<String> larger = enclosing.apply(concept.id());
                enclosingByRegion.put(concept.id(), larger);
                boolean paired = pairedRegions.contains(concept.id())
                        || larger.stream().anyMatch(pairedRegions::contains);
                sides.computeIfAbsent(concept.id(), region -> EnumSet.noneOf(Side.class))
                        .addAll(paired ? current : EnumSet.allOf(Side.class));
            }
        }
        List<String> lessSpecific = new ArrayList<>();
        enclosingByRegion.forEach((region, larger) -> lessSpecific.addAll(larger));
        lessSpecific.forEach(sides::remove);
        enclosingByRegion.keySet().retainAll(sides.keySet());
        return new BodyRegionSites(sides, enclosingByRegion);
    }

    /**
     * Whether a finding stated of {@code finding} may concern a request for {@code requested}: they name a common
     * region, lie in the same limb (pain and numbness spread along it), or one is a limb the other's nerve roots
     * supply. Sides are not compared: the records often name the side once for several findings. A text that names no
     * region may concern any.
     */
    public boolean mayConcern(BodyRegionSites finding, BodyRegionSites requested) {
        if (finding.isUnknown() || requested.isUnknown() || finding.sharesRegionWith(requested)) {
            return true;
        }
        if (pairedRegions.stream().anyMatch(limb -> finding.liesIn(limb) && requested.liesIn(limb))) {
            return true;
        }
        for (Map.Entry<String, List<String>> spine : referredRegions.entrySet()) {
            boolean limbOfFinding = spine.getValue().stream().anyMatch(finding::liesIn);
            boolean limbOfRequest = spine.getValue().stream().anyMatch(requested::liesIn);
            if ((finding.liesIn(spine.getKey()) && limbOfRequest)
                    || (requested.liesIn(spine.getKey()) && limbOfFinding)) {
                return true;
            }
        }
        return false;
    }

    List<String> regionIds() {
        Set<String> ids = new LinkedHashSet<>(pairedRegions);
        referredRegions.forEach((spine, limbs) -> {
            ids.add(spine);
            ids.addAll(limbs);
        });
        return List.copyOf(ids);
    }

    private static Set<Side> sidesNamedBy(String sideConcept) {
        return switch (sideConcept) {
            case "left" -> EnumSet.of(Side.LEFT);
            case "right" -> EnumSet.of(Side.RIGHT);
            default -> EnumSet.allOf(Side.class);
        };
    }
}
