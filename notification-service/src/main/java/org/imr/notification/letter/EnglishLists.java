package org.imr.notification.letter;

import java.util.List;

/** Joins phrases as an English list: "a", "a and b", "a, b, and c". */
final class EnglishLists {

    private EnglishLists() {
    }

    /**
     * The phrases joined with commas and a final "and" (with the serial comma, as the letters write
     * it). When a phrase itself contains a comma the phrases are separated by semicolons instead, so
     * that "Occupational therapy, bilateral wrists, 2 x 4" stays one item.
     */
    static String join(List<String> phrases) {
        List<String> items = phrases.stream().map(EnglishLists::withoutFinalStop).toList();
        boolean itemsContainCommas = items.stream().anyMatch(item -> item.contains(","));
        String separator = itemsContainCommas ? "; " : ", ";
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.getFirst();
            case 2 -> items.get(0) + (itemsContainCommas ? "; and " : " and ") + items.get(1);
            default -> String.join(separator, items.subList(0, items.size() - 1)) + separator + "and " + items.getLast();
        };
    }

    /** The text without a final full stop, so that it can end a sentence of its own. */
    static String withoutFinalStop(String text) {
        String value = text.strip();
        while (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1).stripTrailing();
        }
        return value;
    }
}
