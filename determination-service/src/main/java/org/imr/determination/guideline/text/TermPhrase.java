package org.imr.determination.guideline.text;

import java.util.List;

/**
 * A keyword or anatomical term as normalized words. It matches case text word by word; the last word may continue
 * ("strain" matches "strains", "radicul" would match "radiculopathy"), the others must match whole.
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

    public static TermPhrase of(String term) {
        return new TermPhrase(NormalizedText.of(term).words());
    }

    public int size() {
        return words.size();
    }

    /** Whether the phrase starts at {@code start} of the given normalized words. */
    public boolean matchesAt(List<String> text, int start) {
        if (start < 0 || start + words.size() > text.size()) {
            return false;
        }
        int last = words.size() - 1;
        for (int offset = 0; offset < last; offset++) {
            if (!text.get(start + offset).equals(words.get(offset))) {
                return false;
            }
        }
        return text.get(start + last).startsWith(words.get(last));
    }
}
