package org.imr.determination.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text cut into segments, some of them marked (the words a fact of a draft was found in), for a page to print with
 * the marked ones highlighted. Marks that overlap are merged, their labels joined.
 */
final class MarkedText {

    /** Chars {@code [start, end)} of a text to mark, with what they are. */
    record Mark(int start, int end, String label) {
    }

    /** A piece of the text; {@code title} says what a marked piece is ("" for the others). */
    record Segment(String text, boolean mark, String title) {
    }

    private static final String ELLIPSIS = "\u2026";

    private MarkedText() {
    }

    /** The whole text with the marks highlighted; a mark outside the text is ignored. */
    static List<Segment> of(String text, List<Mark> marks) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Mark mark : merged(text, marks)) {
            if (mark.start() > at) {
                segments.add(plain(text.substring(at, mark.start())));
            }
            segments.add(new Segment(text.substring(mark.start(), mark.end()), true, mark.label()));
            at = mark.end();
        }
        if (at < text.length()) {
            segments.add(plain(text.substring(at)));
        }
        return segments;
    }

    /** The words around one mark, about {@code context} chars either side, cut at a blank. */
    static List<Segment> excerpt(String text, Mark mark, int context) {
        if (!fits(text, mark)) {
            return List.of(plain(text));
        }
        int from = cutBefore(text, Math.max(0, mark.start() - context), mark.start());
        int to = cutAfter(text, Math.min(text.length(), mark.end() + context), mark.end());
        List<Segment> segments = new ArrayList<>();
        segments.add(plain((from > 0 ? ELLIPSIS : "") + text.substring(from, mark.start())));
        segments.add(new Segment(text.substring(mark.start(), mark.end()), true, mark.label()));
        segments.add(plain(text.substring(mark.end(), to) + (to < text.length() ? ELLIPSIS : "")));
        return segments;
    }

    private static List<Mark> merged(String text, List<Mark> marks) {
        List<Mark> sorted = marks.stream().filter(mark -> fits(text, mark))
                .sorted(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end)).toList();
        List<Mark> merged = new ArrayList<>();
        for (Mark mark : sorted) {
            Mark last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && mark.start() < last.end()) {
                String label = List.of(last.label().split("; ")).contains(mark.label()) ? last.label()
                        : last.label() + "; " + mark.label();
                merged.set(merged.size() - 1, new Mark(last.start(), Math.max(last.end(), mark.end()), label));
            } else {
                merged.add(mark);
            }
        }
        return merged;
    }

    private static boolean fits(String text, Mark mark) {
        return mark.start() >= 0 && mark.end() <= text.length() && mark.start() < mark.end();
    }

    private static int cutBefore(String text, int from, int limit) {
        if (from == 0) {
            return 0;
        }
        int blank = text.indexOf(' ', from);
        return blank < 0 || blank >= limit ? from : blank + 1;
    }

    private static int cutAfter(String text, int to, int limit) {
        if (to == text.length()) {
            return to;
        }
        int blank = text.lastIndexOf(' ', to);
        return blank <= limit ? to : blank;
    }

    private static Segment plain(String text) {
        return new Segment(text, false, "");
    }
}
