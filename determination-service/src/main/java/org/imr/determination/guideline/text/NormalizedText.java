package org.imr.determination.guideline.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Free text reduced to lower-case words of letters and digits ("Sprain/strain, L-spine" becomes
 * [sprain, strain, l, spine]), so that keywords match regardless of case and punctuation.
 */
public final class NormalizedText {

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** Words that negate a finding named shortly after them: "strain without radiculopathy". */
    private static final Set<String> NEGATION_CUES = Set.of("no", "not", "without", "denies", "denied", "negative", "lack",
            "lacks", "absence", "neither", "nor");
    private static final int NEGATION_REACH = 6;

    private final List<String> words;

    private NormalizedText(List<String> words) {
        this.words = words;
    }

    /** Null or blank text gives no words. */
    public static NormalizedText of(String text) {
        if (text == null) {
            return new NormalizedText(List.of());
        }
        String lowerCase = text.toLowerCase(Locale.ROOT);
        return new NormalizedText(Arrays.stream(SEPARATORS.split(lowerCase)).filter(w -> !w.isEmpty()).toList());
    }

    public List<String> words() {
        return words;
    }

    /** Whether any of the phrases occurs anywhere, negated or not. */
    public boolean containsAny(Collection<TermPhrase> phrases) {
        for (int start = 0; start < words.size(); start++) {
            for (TermPhrase phrase : phrases) {
                if (phrase.matchesAt(words, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any of the phrases occurs without a negation cue shortly before it ("no radiculopathy" does not). */
    public boolean affirmsAny(Collection<TermPhrase> phrases) {
        for (int start = 0; start < words.size(); start++) {
            for (TermPhrase phrase : phrases) {
                if (phrase.matchesAt(words, start) && !negatedAt(start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the first phrase that occurs without a negation cue shortly before it is, as the chars of {@code text} (the
     * text these words were made from) its words span; empty when none is affirmed.
     */
    public Optional<CharSpan> firstAffirmedIn(String text, Collection<TermPhrase> phrases) {
        for (int start = 0; start < words.size(); start++) {
            for (TermPhrase phrase : phrases) {
                if (phrase.matchesAt(words, start) && !negatedAt(start)) {
                    return Optional.of(CharSpan.ofWords(text, start, start + phrase.size()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean negatedAt(int start) {
        for (int index = Math.max(0, start - NEGATION_REACH); index < start; index++) {
            if (NEGATION_CUES.contains(words.get(index))) {
                return true;
            }
        }
        return false;
    }
}
