package org.imr.notification.letter;

import java.util.ArrayList;
import java.util.List;

/** Reading rendered or published letters in tests. */
public final class LetterText {

    private LetterText() {
    }

    public static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    /** The section headings: lines in capitals, such as CLINICAL CASE SUMMARY. */
    public static List<String> headings(String text) {
        return lines(text).stream()
                .filter(line -> line.length() > 3 && line.chars().anyMatch(Character::isLetter))
                .filter(line -> line.equals(line.toUpperCase()))
                .toList();
    }

    /** The first words of the lines that begin with one of the labels, in the order they occur. */
    public static List<String> labels(String text, List<String> labels) {
        List<String> found = new ArrayList<>();
        for (String line : lines(text)) {
            labels.stream().filter(line::startsWith).findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** The paragraph (up to the next blank line) whose first line starts with the prefix, as one line. */
    public static String paragraphStartingWith(String text, String prefix) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                List<String> paragraph = new ArrayList<>();
                for (int j = i; j < lines.size() && !lines.get(j).isEmpty(); j++) {
                    paragraph.add(lines.get(j));
                }
                return String.join(" ", paragraph);
            }
        }
        throw new AssertionError("no paragraph starts with: " + prefix);
    }

    /**
     * The text of the section under the heading (a line of its own), up to the next heading or the end, with its
     * lines as printed.
     */
    public static String section(String text, String heading) {
        List<String> lines = lines(text);
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new AssertionError("no section: " + heading);
        }
        List<String> headings = headings(text);
        int end = start + 1;
        while (end < lines.size() && !headings.contains(lines.get(end))) {
            end++;
        }
        return String.join("\n", lines.subList(start + 1, end));
    }

    /** The words of the text from the first occurrence of the marker on, separated by single spaces. */
    public static String wordsFrom(String text, String marker) {
        int start = text.indexOf(marker);
        if (start < 0) {
            throw new AssertionError("marker not found: " + marker);
        }
        return text.substring(start).strip().replaceAll("\\s+", " ");
    }
}
