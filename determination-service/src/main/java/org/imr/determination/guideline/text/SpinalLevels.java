package org.imr.determination.guideline.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spinal levels an item description requests, as injections are written: the segments "L4-5", "L4-L5", "L5-S1",
 * "C5/6", a span "L3-L5" counting each segment it covers, and a root named alone ("L5 and S1 TFESI"). A level named on
 * both sides counts once. Of a request the UR decision modified, only the remaining IMR eligible portion counts.
 * Medial branch blocks or ablations named only by their nerves count the facet joints between them: each joint is
 * supplied by the medial branches of two adjacent levels (ODG Low Back, Facet joint diagnostic blocks), so "L3, L4, L5
 * medial branch blocks" are two joint levels.
 */
public final class SpinalLevels {

    private static final String REGIONS = "CTLS";
    /** A segment or a span: "l4-5", "l4-l5", "l5-s1", "c5/6", "l3 - l5". */
    private static final Pattern SEGMENT = Pattern.compile(
            "\\b([ctls])\\s?([0-9]{1,2})\\s*[-/]\\s*([ctls])?\\s?([0-9]{1,2})\\b");
    /** A root or vertebra named alone: "l5", "s1". */
    private static final Pattern ROOT = Pattern.compile("\\b([ctls])\\s?([0-9]{1,2})\\b");
    /** Blocks or ablations of the nerves to the facet joints, which a request may name by their nerves' levels. */
    private static final Pattern MEDIAL_BRANCHES = Pattern.compile("\\bmedial\\s+branch");
    /** How many cervical, thoracic, lumbar and sacral levels there are, in the order of {@link #REGIONS}. */
    private static final int[] COUNT = {7, 12, 5, 5};

    private SpinalLevels() {
    }

    /** How many distinct levels the description names; empty when it names none. */
    public static OptionalInt in(String description) {
        String portion = description == null ? null : RequestedQuantity.remainingPortion(description);
        if (portion == null) {
            return OptionalInt.empty();
        }
        String text = portion.toLowerCase(Locale.ROOT);
        Set<String> levels = new LinkedHashSet<>();
        Matcher segment = SEGMENT.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (segment.find()) {
            int fromRegion = REGIONS.indexOf(Character.toUpperCase(segment.group(1).charAt(0)));
            int from = Integer.parseInt(segment.group(2));
            int toRegion = segment.group(3) == null ? fromRegion
                    : REGIONS.indexOf(Character.toUpperCase(segment.group(3).charAt(0)));
            int to = Integer.parseInt(segment.group(4));
            int start = ordinal(fromRegion, from);
            int end = ordinal(toRegion, to);
            if (start < 0 || end <= start || end - start > 4) {
                continue;
            }
            for (int level = start; level < end; level++) {
                levels.add("segment " + level);
            }
            rest.append(text, last, segment.start()).append(' ');
            last = segment.end();
        }
        rest.append(text.substring(last));
        Matcher root = ROOT.matcher(rest);
        Set<Integer> roots = new LinkedHashSet<>();
        while (root.find()) {
            int at = ordinal(REGIONS.indexOf(Character.toUpperCase(root.group(1).charAt(0))),
                    Integer.parseInt(root.group(2)));
            if (at >= 0) {
                roots.add(at);
            }
        }
        int rootLevels = levels.isEmpty() && roots.size() > 1 && MEDIAL_BRANCHES.matcher(text).find()
                ? roots.size() - 1 : roots.size();
        int counted = levels.size() + rootLevels;
        return counted == 0 ? OptionalInt.empty() : OptionalInt.of(counted);
    }

    /** The level's place down the spine (C1 first), or -1 when there is no such level. */
    private static int ordinal(int region, int number) {
        if (region < 0 || number < 1 || number > COUNT[region]) {
            return -1;
        }
        int offset = 0;
        for (int before = 0; before < region; before++) {
            offset += COUNT[before];
        }
        return offset + number - 1;
    }
}
