package org.imr.determination.guideline.text;

import java.util.List;
import java.util.Set;

/**
 * A keyword or anatomical term as normalized words. It matches case text word by word; the last word may continue
 * ("strain" matches "strains", "radicul" would match "radiculopathy"), the others must match whole or with "s" or "es"
 * added or taken away ("walks further" for "walk further"). Articles and
 * possessive or object pronouns ("the", "a", "his", "her", "him") between its words do not matter: "reduces pain from"
 * matches "reduces his pain from", "weakness of the" matches "weakness of her".
 *
 * @param words the normalized words, never empty
 */
public record TermPhrase(List<String> words) {

    public TermPhrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A term needs at least one letter or digit");
        }
    }

    /** The fewest letters a phrase's last word needs to match the longer words it begins. */
    private static final int SHORTEST_STEM = 4;
    /**
     * The fewest letters of a word that another matches with "s" or "es" added: "walk" and "walks", not "i" and "is".
     */
    private static final int SHORTEST_INFLECTED = 3;
    /** Words that may stand between a phrase's words, and that a phrase does not need. */
    private static final Set<String> FILLERS = Set.of("the", "a", "an", "his", "her", "their", "its", "him", "them");

    /** Whether a word is one that may stand between a phrase's words ("the", "his", ...). */
    public static boolean isFiller(String word) {
        return FILLERS.contains(word);
    }

    public static TermPhrase of(String term) {
        List<String> words = NormalizedText.of(term).words();
        List<String> significant = words.stream().filter(word -> !FILLERS.contains(word)).toList();
        return new TermPhrase(significant.isEmpty() ? words : significant);
    }

    /**
     * Whether a word of the text ends the phrase whose last word is {@code last}: any word it begins ("radiculopath"
     * for "radiculopathy"), but a last word shorter than {@link #SHORTEST_STEM} only as itself or its plural, so that
     * "pt" is not "ptsd", "p" of "s/p" not "positive", "tha" not "that".
     */
    private static boolean endsPhrase(String word, String last) {
        return last.length() >= SHORTEST_STEM ? word.startsWith(last) : word.equals(last) || word.equals(last + "s");
    }

    /**
     * Whether a word of the text is a word of the phrase other than its last: itself, or the one with "s" or "es"
     * added or taken away ("walks further" for "walk further", "pain decrease" for "pain decreases").
     */
    private static boolean sameWord(String word, String phraseWord) {
        if (word.isEmpty() || phraseWord.isEmpty() || word.charAt(0) != phraseWord.charAt(0)) {
            return false;
        }
        return word.equals(phraseWord) || inflected(word, phraseWord) || inflected(phraseWord, word);
    }

    private static boolean inflected(String longer, String shorter) {
        int added = longer.length() - shorter.length();
        return (added == 1 && longer.endsWith("s") || added == 2 && longer.endsWith("es"))
                && shorter.length() >= SHORTEST_INFLECTED && longer.startsWith(shorter);
    }

    /** Whether the phrase starts at {@code start} of the given normalized words. */
    public boolean matchesAt(List<String> text, int start) {
        return matchLength(text, start) > 0;
    }

    /**
     * How many of the given normalized words from {@code start} the phrase spans (its words and the fillers between
     * them); 0 when it does not start there.
     */
    public int matchLength(List<String> text, int start) {
        if (start < 0) {
            return 0;
        }
        int index = start;
        int last = words.size() - 1;
        for (int position = 0; position <= last; position++) {
            while (position > 0 && index < text.size() && FILLERS.contains(text.get(index))
                    && !FILLERS.contains(words.get(position))) {
                index++;
            }
            if (index >= text.size()) {
                return 0;
            }
            String word = text.get(index);
            boolean matches = position == last ? endsPhrase(word, words.get(position))
                    : sameWord(word, words.get(position));
            if (!matches) {
                return 0;
            }
            index++;
        }
        return index - start;
    }
}
