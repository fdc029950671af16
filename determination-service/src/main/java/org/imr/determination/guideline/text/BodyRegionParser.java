package org.imr.determination.guideline.text;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imr.determination.guideline.knowledge.BodyRegionDefinition;

/**
 * Reads the body regions named in free text with the region vocabulary of the knowledge base. A side word (left,
 * right, bilateral) applies to the regions after it until the next side word; a paired region without a side word
 * may be either side.
 */
public final class BodyRegionParser {

    private static final Set<String> LEFT_WORDS = Set.of("left", "lt");
    private static final Set<String> RIGHT_WORDS = Set.of("right", "rt");
    private static final Set<String> BOTH_SIDES_WORDS = Set.of("bilateral", "bilaterally", "bilat", "both");

    private final List<RegionTerm> termsLongestFirst;

    private record RegionTerm(String region, boolean paired, TermPhrase phrase) {
    }

    public BodyRegionParser(List<BodyRegionDefinition> regions) {
        this.termsLongestFirst = regions.stream()
                .flatMap(region -> region.terms().stream()
                        .map(term -> new RegionTerm(region.name(), region.isPaired(), TermPhrase.of(term))))
                .sorted(Comparator.comparingInt((RegionTerm term) -> term.phrase().size()).reversed())
                .toList();
    }

    public BodyRegionSites sitesIn(String text) {
        List<String> words = NormalizedText.of(text).words();
        Map<String, Set<Side>> sites = new LinkedHashMap<>();
        Set<Side> currentSides = EnumSet.allOf(Side.class);
        int index = 0;
        while (index < words.size()) {
            Optional<Set<Side>> sideWord = sidesNamedBy(words.get(index));
            if (sideWord.isPresent()) {
                currentSides = sideWord.get();
                index++;
                continue;
            }
            Optional<RegionTerm> term = longestTermAt(words, index);
            if (term.isEmpty()) {
                index++;
                continue;
            }
            Set<Side> sides = term.get().paired() ? currentSides : EnumSet.allOf(Side.class);
            sites.computeIfAbsent(term.get().region(), region -> EnumSet.noneOf(Side.class)).addAll(sides);
            index += term.get().phrase().size();
        }
        return new BodyRegionSites(sites);
    }

    private Optional<RegionTerm> longestTermAt(List<String> words, int index) {
        return termsLongestFirst.stream().filter(term -> term.phrase().matchesAt(words, index)).findFirst();
    }

    private static Optional<Set<Side>> sidesNamedBy(String word) {
        if (LEFT_WORDS.contains(word)) {
            return Optional.of(EnumSet.of(Side.LEFT));
        }
        if (RIGHT_WORDS.contains(word)) {
            return Optional.of(EnumSet.of(Side.RIGHT));
        }
        if (BOTH_SIDES_WORDS.contains(word)) {
            return Optional.of(EnumSet.allOf(Side.class));
        }
        return Optional.empty();
    }
}
