package org.imr.determination.guideline.text;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Chars {@code [start, end)} of a text.
 *
 * @param start the first char
 * @param end   after the last char
 */
public record CharSpan(int start, int end) {

    /**
     * The chars of {@code text} that its normalized words {@code [fromWord, toWord)} come from (see
     * {@link NormalizedText}); the whole text when lower case changes its length (a few non-ASCII letters do).
     */
    public static CharSpan ofWords(String text, int fromWord, int toWord) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        if (lowerCase.length() != text.length() || toWord <= fromWord) {
            return new CharSpan(0, text.length());
        }
        Matcher word = NormalizedText.WORD.matcher(lowerCase);
        int start = -1;
        for (int index = 0; index < toWord && word.find(); index++) {
            if (index == fromWord) {
                start = word.start();
            }
            if (index == toWord - 1 && start >= 0) {
                return new CharSpan(start, word.end());
            }
        }
        return new CharSpan(0, text.length());
    }

    /** This span moved {@code offset} chars further, for a piece that starts there in a longer text. */
    public CharSpan shiftedBy(int offset) {
        return new CharSpan(start + offset, end + offset);
    }
}
