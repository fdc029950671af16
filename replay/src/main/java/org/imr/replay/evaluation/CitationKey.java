package org.imr.replay.evaluation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The primary guideline a letter's MAXIMUS line cites, in a form two lines can be compared by: the first "Decision
 * based on ..." citation, or the non-MTUS citation when the reviewer went outside the MTUS, without the label,
 * case and spacing differences or a final period. A line citing no evidence has the key "none".
 */
public final class CitationKey {

    public static final String NONE = "none";
    private static final Pattern OUTSIDE_MTUS = Pattern.compile(
            "^The Expert Reviewer based their decision on recommendation\\(s\\) outside of the MTUS Guidelines\\.\\s*");
    private static final Pattern DECISION_BASED_ON = Pattern.compile("^Decision based on\\s+");
    private static final Pattern NON_MTUS = Pattern.compile("^(Decision based on\\s+)?Non-MTUS Citation\\s+");
    private static final Pattern NEXT_PART = Pattern.compile("\\.?\\s+(Decision based on|Decision rationale:)");

    private CitationKey() {
    }

    public static String of(String line) {
        if (line == null || line.isBlank() || line.contains("did not cite any medical evidence")) {
            return NONE;
        }
        String text = OUTSIDE_MTUS.matcher(line.trim()).replaceFirst("");
        text = NON_MTUS.matcher(text).replaceFirst("");
        text = DECISION_BASED_ON.matcher(text).replaceFirst("");
        var next = NEXT_PART.matcher(text);
        if (next.find()) {
            text = text.substring(0, next.start());
        }
        text = text.replaceAll("\\s+", " ").trim();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        return text.isEmpty() ? NONE : text.toLowerCase(Locale.ROOT);
    }
}
