package org.imr.replay.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the items of the "IMR ISSUES, DECISIONS AND RATIONALES" section. Paragraphs are separated by blank lines; a
 * paragraph ending in ": Upheld" or ": Overturned" starts an item; the labels "Claims Administrator guideline:",
 * "MAXIMUS guideline:" and "Decision rationale:" start fields, and other paragraphs continue the last field. Headings
 * printed without a blank line around them are separated first ({@link HeadingLines}).
 */
final class LetterItemsReader {

    private static final Pattern ITEM_HEADING = Pattern.compile("^(.*\\S)\\s*:\\s*(Upheld|Overturned)$");
    private static final Pattern SECTION_INTRO = Pattern.compile(
            "^The Final Determination was based on decisions for the disputed items/services set forth below:\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "(Claims Administrator guideline:|MAXIMUS guideline:|Decision rationale:)");

    private final List<LetterItem> items = new ArrayList<>();
    private String description;
    private boolean overturned;
    private StringBuilder maximus;
    private StringBuilder rationale;
    private StringBuilder current;

    List<LetterItem> read(String section) {
        for (String paragraph : HeadingLines.separated(section).split("\\n\\s*\\n")) {
            String text = SECTION_INTRO.matcher(LetterText.collapse(paragraph)).replaceFirst("");
            Matcher heading = ITEM_HEADING.matcher(text);
            if (heading.matches() && !text.startsWith("Decision rationale:")) {
                finishItem();
                startItem(heading.group(1), heading.group(2).equals("Overturned"));
            } else if (description != null) {
                readFields(text);
            }
        }
        finishItem();
        return items;
    }

    private void startItem(String itemDescription, boolean itemOverturned) {
        description = itemDescription;
        overturned = itemOverturned;
        maximus = new StringBuilder();
        rationale = new StringBuilder();
        current = null;
    }

    private void readFields(String text) {
        Matcher label = LABEL.matcher(text);
        int from = 0;
        while (label.find()) {
            append(text.substring(from, label.start()));
            current = switch (label.group(1)) {
                case "MAXIMUS guideline:" -> maximus;
                case "Decision rationale:" -> rationale;
                default -> new StringBuilder();
            };
            from = label.end();
        }
        append(text.substring(from));
    }

    private void append(String text) {
        if (current != null && !text.isBlank()) {
            current.append(current.isEmpty() ? "" : " ").append(text.trim());
        }
    }

    private void finishItem() {
        if (description != null) {
            items.add(new LetterItem(description, overturned, maximus.toString().trim(), rationale.toString().trim()));
        }
        description = null;
    }
}
