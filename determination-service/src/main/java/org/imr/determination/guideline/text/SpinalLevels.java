package org.imr.determination.guideline.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * The segments the item description requests, each by the place of its upper level down the spine: the segments
     * and spans written ("L4-5", "L4-S1"), and the joints between the nerves of medial branch blocks or ablations
     * named only by their levels ("L3, L4, L5 medial branch blocks": L3-4 and L4-5).
     */
    public static Set<Integer> segmentsRequested(String description) {
        String portion = description == null ? null : RequestedQuantity.remainingPortion(description);
        if (portion == null) {
            return Set.of();
        }
        String text = portion.toLowerCase(Locale.ROOT);
        Set<Integer> segments = segmentsWritten(text, 0, text.length());
        if (segments.isEmpty() && MEDIAL_BRANCHES.matcher(text).find()) {
            Matcher root = ROOT.matcher(text);
            TreeSet<Integer> roots = new TreeSet<>();
            while (root.find()) {
                int at = ordinal(REGIONS.indexOf(Character.toUpperCase(root.group(1).charAt(0))),
                        Integer.parseInt(root.group(2)));
                if (at >= 0) {
                    roots.add(at);
                }
            }
            if (roots.size() > 1) {
                for (int level = roots.first(); level < roots.last(); level++) {
                    segments.add(level);
                }
            }
        }
        return segments;
    }

    /** How far before the words of a procedure its levels are written: "L4-S1 posterior lumbar interbody fusion". */
    private static final int LEVELS_BEFORE = 45;
    /** How far after the words of a procedure its levels are written: "fusion at L4-5", "fused from L4 to S1". */
    private static final int LEVELS_AFTER = 25;
    /** What ends the clause of a procedure's words. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.]\\s|[()]");

    /**
     * The segments written next to the words {@code [start, end)} of a text, in their clause (between commas,
     * semicolons, colons or full stops): "s/p L4-S1 fusion in 2013 with tenderness at L2-3" names L4-5 and L5-S1 for
     * the fusion, not L2-3; a span written with its roots ("fused from L4 to S1") counts each segment it covers.
     */
    public static Set<Integer> segmentsWrittenAround(String text, int start, int end) {
        String lower = text.toLowerCase(Locale.ROOT);
        int from = Math.max(0, start - LEVELS_BEFORE);
        int to = Math.min(lower.length(), end + LEVELS_AFTER);
        Matcher clauseEnd = CLAUSE_END.matcher(lower);
        while (clauseEnd.find()) {
            if (clauseEnd.end() <= start) {
                from = Math.max(from, clauseEnd.end());
            } else if (clauseEnd.start() >= end) {
                to = Math.min(to, clauseEnd.start());
                break;
            }
        }
        Set<Integer> segments = segmentsWritten(lower, from, to);
        if (segments.isEmpty()) {
            Matcher span = ROOT_SPAN.matcher(lower).region(from, to).useTransparentBounds(true);
            if (span.find()) {
                int top = ordinal(REGIONS.indexOf(Character.toUpperCase(span.group(1).charAt(0))),
                        Integer.parseInt(span.group(2)));
                int bottom = ordinal(REGIONS.indexOf(Character.toUpperCase(span.group(3).charAt(0))),
                        Integer.parseInt(span.group(4)));
                for (int level = top; top >= 0 && level < bottom && bottom - top <= 4; level++) {
                    segments.add(level);
                }
            }
        }
        return segments;
    }

    /** A span written with its roots: "from L4 to S1", "L4 through S1". */
    private static final Pattern ROOT_SPAN = Pattern.compile(
            "\\b([ctls])\\s?([0-9]{1,2})\\s+(?:to|through|thru)\\s+([ctls])\\s?([0-9]{1,2})\\b");

    /** The segments and spans written in {@code [from, to)} of a lower-case text. */
    private static Set<Integer> segmentsWritten(String text, int from, int to) {
        Set<Integer> segments = new LinkedHashSet<>();
        Matcher segment = SEGMENT.matcher(text).region(from, to).useTransparentBounds(true);
        while (segment.find()) {
            int fromRegion = REGIONS.indexOf(Character.toUpperCase(segment.group(1).charAt(0)));
            int toRegion = segment.group(3) == null ? fromRegion
                    : REGIONS.indexOf(Character.toUpperCase(segment.group(3).charAt(0)));
            int top = ordinal(fromRegion, Integer.parseInt(segment.group(2)));
            int bottom = ordinal(toRegion, Integer.parseInt(segment.group(4)));
            if (top < 0 || bottom <= top || bottom - top > 4) {
                continue;
            }
            for (int level = top; level < bottom; level++) {
                segments.add(level);
            }
        }
        return segments;
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
