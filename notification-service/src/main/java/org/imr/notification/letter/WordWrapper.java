package org.imr.notification.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Greedy word wrapping of plain text to a fixed number of columns, as the letters' paragraphs are
 * laid out. Paragraphs are separated by blank lines and stay separate (one blank line between them);
 * single line breaks and runs of whitespace inside a paragraph become one space. A word longer than
 * the width (a URL, say) is cut into pieces of the width, so no line is ever longer than the width.
 */
public final class WordWrapper {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final int MINIMUM_WIDTH = 20;

    private final int width;

    public WordWrapper(int width) {
        if (width < MINIMUM_WIDTH) {
            throw new IllegalArgumentException("wrap width must be at least " + MINIMUM_WIDTH + ": " + width);
        }
        this.width = width;
    }

    public int width() {
        return width;
    }

    /** The text wrapped to the width, lines separated by '\n', without a trailing line break. */
    public String wrap(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            if (!paragraph.isBlank()) {
                paragraphs.add(String.join("\n", wrapParagraph(paragraph)));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The paragraph's words (runs of anything but the whitespace of {@code \\s}), laid out greedily; scanned by hand
     * rather than split with a pattern: every letter wraps every paragraph, and the pattern's split was most of the
     * cost of rendering a letter.
     */
    private List<String> wrapParagraph(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(width);
        int length = paragraph.length();
        int start = 0;
        while (start < length) {
            while (start < length && isSpace(paragraph.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < length && !isSpace(paragraph.charAt(end))) {
                end++;
            }
            for (int piece = start; piece < end; piece += width) {
                int pieceEnd = Math.min(end, piece + width);
                if (!line.isEmpty() && line.length() + 1 + (pieceEnd - piece) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(paragraph, piece, pieceEnd);
            }
            start = end;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The characters of the pattern {@code \\s}: space, tab, the line breaks, vertical tab and form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
