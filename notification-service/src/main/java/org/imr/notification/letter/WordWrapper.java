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
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
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

    private List<String> wrapParagraph(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : WHITESPACE.split(paragraph.strip())) {
            for (String piece : piecesOf(word)) {
                if (!line.isEmpty() && line.length() + 1 + piece.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(piece);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private List<String> piecesOf(String word) {
        if (word.length() <= width) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < word.length(); start += width) {
            pieces.add(word.substring(start, Math.min(word.length(), start + width)));
        }
        return pieces;
    }
}
