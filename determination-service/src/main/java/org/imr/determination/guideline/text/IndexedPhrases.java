package org.imr.determination.guideline.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Phrases in their given order, indexed by the first letters of their first word, so that a text's word is tried only
 * against the phrases that can start with it, not against all of a fact's phrases. A phrase's first word matches a
 * word of the text that it begins or that begins it with "s" or "es" added (see {@link TermPhrase}); either way the
 * two share their first two letters, or the phrase's first word is a single letter the text's word begins with. The
 * phrases a word may start are therefore those under its first two letters and those under its first letter alone.
 * Which of them does start there, and first, stays as when every phrase was tried in order.
 */
public final class IndexedPhrases extends AbstractList<TermPhrase> implements RandomAccess {

    private static final IndexedPhrases NONE = new IndexedPhrases(List.of());

    private final List<TermPhrase> phrases;
    /** The keys of the first letters, by their slot (open addressing, probed linearly); 0 marks an empty slot. */
    private final int[] keys;
    /** The phrases under each slot's key. */
    private final Bucket[] buckets;
    private final int mostWords;

    /** The phrases whose first word has the same first letters, with their places in the whole list, in order. */
    private record Bucket(List<TermPhrase> phrases, int[] places) {
    }

    private IndexedPhrases(List<TermPhrase> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<Integer, List<Integer>> places = new HashMap<>();
        int longest = 0;
        for (int place = 0; place < this.phrases.size(); place++) {
            List<String> words = this.phrases.get(place).words();
            places.computeIfAbsent(keyOf(words.getFirst()), key -> new ArrayList<>()).add(place);
            longest = Math.max(longest, words.size());
        }
        int slots = Integer.highestOneBit(Math.max(1, places.size()) * 4 - 1) << 1;
        keys = new int[slots];
        buckets = new Bucket[slots];
        places.forEach((key, list) -> {
            int slot = slotOf(key);
            keys[slot] = key;
            buckets[slot] = new Bucket(list.stream().map(this.phrases::get).toList(),
                    list.stream().mapToInt(Integer::intValue).toArray());
        });
        mostWords = longest;
    }

    /** The slot of a key: where it is, or the empty slot where it would be. */
    private int slotOf(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B1 >>> 16) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The phrases whose first word's first letters have the key; null when none. */
    private Bucket bucketOf(int key) {
        return buckets[slotOf(key)];
    }

    /** The given phrases, indexed; the same object when they already are. */
    public static IndexedPhrases of(Collection<TermPhrase> phrases) {
        if (phrases instanceof IndexedPhrases indexed) {
            return indexed;
        }
        return phrases.isEmpty() ? NONE : new IndexedPhrases(List.copyOf(phrases));
    }

    /** The terms, each read as a {@link TermPhrase}, indexed. */
    public static IndexedPhrases ofTerms(Collection<String> terms) {
        return of(terms.stream().map(TermPhrase::of).toList());
    }

    @Override
    public TermPhrase get(int index) {
        return phrases.get(index);
    }

    @Override
    public int size() {
        return phrases.size();
    }

    /**
     * Of the given phrases, in their order, those that may start at word {@code start} of {@code text}: all of them
     * unless they are indexed.
     */
    static Collection<TermPhrase> startingAt(Collection<TermPhrase> phrases, List<String> text, int start) {
        return phrases instanceof IndexedPhrases indexed ? indexed.startingAt(text, start) : phrases;
    }

    /**
     * Of the given phrases, in their order, those that may start at any word from {@code from} to {@code to} (both
     * included) of {@code text}: all of them unless they are indexed.
     */
    static Collection<TermPhrase> startingInAny(Collection<TermPhrase> phrases, List<String> text, int from, int to) {
        if (!(phrases instanceof IndexedPhrases indexed)) {
            return phrases;
        }
        boolean[] may = new boolean[indexed.size()];
        int found = 0;
        for (int start = Math.max(0, from); start <= to && start < text.size(); start++) {
            found += indexed.mark(text.get(start), may);
        }
        if (found == 0) {
            return List.of();
        }
        List<TermPhrase> starting = new ArrayList<>(found);
        for (int place = 0; place < may.length; place++) {
            if (may[place]) {
                starting.add(indexed.get(place));
            }
        }
        return starting;
    }

    /** The most words of any of the phrases. */
    int mostWords() {
        return mostWords;
    }

    private List<TermPhrase> startingAt(List<String> text, int start) {
        if (start < 0 || start >= text.size()) {
            return List.of();
        }
        String word = text.get(start);
        if (word.isEmpty()) {
            return phrases;
        }
        Bucket twoLetters = word.length() > 1 ? bucketOf(keyOf(word)) : null;
        Bucket oneLetter = bucketOf(keyOfFirstLetter(word));
        if (twoLetters == null) {
            return oneLetter == null ? List.of() : oneLetter.phrases();
        }
        return oneLetter == null ? twoLetters.phrases() : inOrder(twoLetters, oneLetter);
    }

    /** Marks the places of the phrases that may start at {@code word}; how many it newly marked. */
    private int mark(String word, boolean[] may) {
        if (word.isEmpty()) {
            Arrays.fill(may, true);
            return may.length;
        }
        int marked = mark(bucketOf(keyOfFirstLetter(word)), may);
        return word.length() > 1 ? marked + mark(bucketOf(keyOf(word)), may) : marked;
    }

    private static int mark(Bucket bucket, boolean[] may) {
        int marked = 0;
        if (bucket != null) {
            for (int place : bucket.places()) {
                if (!may[place]) {
                    may[place] = true;
                    marked++;
                }
            }
        }
        return marked;
    }

    private static List<TermPhrase> inOrder(Bucket first, Bucket second) {
        List<TermPhrase> merged = new ArrayList<>(first.places().length + second.places().length);
        int one = 0;
        int two = 0;
        while (one < first.places().length || two < second.places().length) {
            boolean fromFirst = two >= second.places().length
                    || one < first.places().length && first.places()[one] < second.places()[two];
            merged.add(fromFirst ? first.phrases().get(one++) : second.phrases().get(two++));
        }
        return merged;
    }

    /** The key of a word's first two letters, or of its only letter. */
    private static int keyOf(String word) {
        return word.length() > 1 ? keyOfFirstLetter(word) | word.charAt(1) : keyOfFirstLetter(word);
    }

    /** The key of a word's first letter alone, the key of a one-letter word. */
    private static int keyOfFirstLetter(String word) {
        return word.charAt(0) << 16;
    }
}
