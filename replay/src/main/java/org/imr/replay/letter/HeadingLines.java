package org.imr.replay.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts every item heading of the issues section in a paragraph of its own. Page breaks and the section's
 * introduction sometimes leave a heading ("MRI of the knee: Upheld", possibly over several lines) without a blank
 * line before it; the heading then starts after the last line ending a sentence or the introduction. A heading may
 * itself break after a colon ("..., DOS:" / "11/11/2016: Upheld").
 */
final class HeadingLines {

    private static final Pattern HEADING_END = Pattern.compile(".*:\\s*(Upheld|Overturned)\\s*$");
    private static final Pattern DECISION_ALONE = Pattern.compile("^\\s*(Upheld|Overturned)\\s*$");
    /** Sentences of a modified request's heading that can end a line: "... was the original request." */
    private static final Pattern MODIFIED_REQUEST = Pattern.compile(
            "(was the original request|was authorized by the Claims Administrator)\\.$");
    /** The sentence introducing the items, which ends with a colon like a heading broken before its date. */
    private static final Pattern INTRODUCTION = Pattern.compile(".*set forth below:$");
    private static final Pattern LABELLED = Pattern.compile(
            "^(Claims Administrator guideline:|MAXIMUS guideline:|Decision rationale:).*");

    private HeadingLines() {
    }

    static String separated(String section) {
        List<String> lines = new ArrayList<>();
        for (String line : joinedDecisions(section.split("\n", -1))) {
            if (HEADING_END.matcher(line).matches() && !LABELLED.matcher(line.trim()).matches()) {
                int start = lines.size();
                while (start > 0 && continuesHeading(lines.get(start - 1).trim())) {
                    start--;
                }
                lines.add(start, "");
                lines.add(line);
                lines.add("");
            } else {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    /** A decision printed alone on the line after its heading ("...carpal tunnel release is:" / "Overturned"). */
    private static List<String> joinedDecisions(String[] lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            int last = joined.size() - 1;
            if (DECISION_ALONE.matcher(line).matches() && last >= 0 && joined.get(last).trim().endsWith(":")) {
                joined.set(last, joined.get(last).trim() + " " + line.trim());
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    private static boolean continuesHeading(String previous) {
        boolean endsSentence = previous.endsWith(".") && !MODIFIED_REQUEST.matcher(previous).find();
        return !previous.isEmpty() && !endsSentence && !INTRODUCTION.matcher(previous).matches()
                && !LABELLED.matcher(previous).matches();
    }
}
