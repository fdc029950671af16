package org.imr.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every text a client sends becomes before anything reads it, so that two texts a person cannot tell apart are
 * the same text (a name with a zero-width space or a right-to-left mark in it is the name without them):
 * <ul>
 * <li>invisible characters are removed: Unicode's default-ignorable code points (zero-width spaces and joiners, bidi
 * marks, embeddings, overrides and isolates, the byte order mark, soft hyphens, variation selectors, tags, Hangul
 * fillers, ...);</li>
 * <li>line and paragraph separators become line feeds;</li>
 * <li>the text is put in Unicode normalisation form NFKC (compatibility forms folded: full-width letters, ligatures,
 * no-break spaces), or NFC for {@link Form#FREE_TEXT} (clinical prose, where NFKC would turn "10⁹/L" into
 * "109/L");</li>
 * <li>control characters other than tab, line feed and carriage return, and unpaired surrogates (text that is not
 * Unicode), are refused: {@link InvalidTextException}.</li>
 * </ul>
 */
public final class TextInput {

    /**
     * A name or label that a spreadsheet would not take for a formula (CSV injection): it does not start with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. For {@code @Pattern}; empty is allowed.
     */
    public static final String NOT_A_FORMULA = "(?s)([^=+\\-@\\t\\r].*)?";

    public static final String NOT_A_FORMULA_RULE = "must not start with =, +, -, @ or a tab (a spreadsheet would run it)";

    /** How far a text is normalised. */
    public enum Form {
        /** Names, ids, codes, short descriptions: NFKC. */
        SHORT_TEXT,
        /** Clinical prose: NFC, compatibility characters kept. */
        FREE_TEXT
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private TextInput() {
    }

    /** The text as kept; null stays null. */
    public static String normalise(String text, Form form) {
        if (text == null) {
            return null;
        }
        StringBuilder visible = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                throw new InvalidTextException("is not valid Unicode text (an unpaired surrogate)");
            }
            if (isRefusedControl(codePoint)) {
                throw new InvalidTextException("contains a control character");
            }
            if (codePoint == '\u2028' || codePoint == '\u2029') {
                visible.append('\n');
            } else if (!isInvisible(codePoint)) {
                visible.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return Normalizer.normalize(visible, form == Form.FREE_TEXT ? Normalizer.Form.NFC : Normalizer.Form.NFKC);
    }

    /** A short text as kept ({@link Form#SHORT_TEXT}). */
    public static String normalise(String text) {
        return normalise(text, Form.SHORT_TEXT);
    }

    /**
     * The form in which two texts are compared for identity (the same worker, the same treatment): normalised (NFKC,
     * invisible characters removed), case folded, every run of white space one space, stripped. Never refuses: a
     * control character or an unpaired surrogate counts as a space. Null is the empty text.
     */
    public static String comparable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder lenient = new StringBuilder(text.length());
        text.codePoints().forEach(c -> lenient.appendCodePoint(
                isRefusedControl(c) || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) ? ' ' : c));
        String normalised = normalise(lenient.toString(), Form.SHORT_TEXT);
        return WHITE_SPACE.matcher(normalised.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isRefusedControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }

    /**
     * Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt): characters with no visible glyph
     * that a renderer skips. The JDK has no accessor for it; these ranges are the property's, Unicode 16.
     */
    static boolean isInvisible(int c) {
        return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x206F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF
                || c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3)
                || (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
    }

    /** A text that is refused; the message says why and never quotes the text. */
    public static final class InvalidTextException extends IllegalArgumentException {
        public InvalidTextException(String reason) {
            super(reason);
        }
    }
}
