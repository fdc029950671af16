package org.imr.notification.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the content back out of a published letter (shared/imr-letters/dev, pdftotext -layout) so
 * that the renderer can be checked against it. Only regular letters are read: every item with its
 * decision line, both guideline lines and a rationale, each starting a line of its own.
 */
public final class PublishedLetterParser {

    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final Pattern DECISION_LINE = Pattern.compile("(.*): (Upheld|Overturned)");
    private static final String CLAIMS_ADMINISTRATOR = "Claims Administrator guideline:";
    private static final String MAXIMUS = "MAXIMUS guideline:";
    private static final String RATIONALE = "Decision rationale:";

    private PublishedLetterParser() {
    }

    static Optional<FinalDeterminationLetter> parse(String published) {
        String text = published.replace("\f", "");
        try {
            return Optional.of(new FinalDeterminationLetter(
                    find(text, "Case Number:\\s+(\\S+)"),
                    date(text, "Date Assigned:"), date(text, "Date of Injury:"), date(text, "Decision Date:"),
                    date(text, "UR Denial Date:"), date(text, "Application"),
                    find(text, "Priority:\\s+(\\S+)"),
                    ReviewOrganisation.MAXIMUS_FEDERAL_SERVICES,
                    new ExpertReviewerCredentials(
                            Arrays.asList(find(text, "State\\(s\\) of Licensure:(.*)").split(",")),
                            between(text, "Certification(s)/Specialty:", "CLINICAL CASE SUMMARY")),
                    between(text, "including all medical records:", "IMR ISSUES, DECISIONS AND RATIONALES"),
                    items(text.substring(text.indexOf("set forth below:") + "set forth below:".length()))));
        } catch (RuntimeException irregular) {
            return Optional.empty();
        }
    }

    /**
     * The items of the IMR ISSUES, DECISIONS AND RATIONALES section (the text after "set forth below:"): each
     * decision line with both guideline lines and the rationale, as the letter prints them.
     */
    public static List<DisputedItemDecision> items(String region) {
        List<String> lines = region.lines().map(String::strip).toList();
        List<DisputedItemDecision> items = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isEmpty()) {
                i++;
                continue;
            }
            int headerEnd = i;
            while (!DECISION_LINE.matcher(lines.get(headerEnd)).matches()) {
                headerEnd++;
            }
            Matcher decision = DECISION_LINE.matcher(String.join(" ", lines.subList(i, headerEnd + 1)));
            decision.matches();
            int claims = start(lines, headerEnd + 1, CLAIMS_ADMINISTRATOR);
            int maximus = start(lines, claims + 1, MAXIMUS);
            int rationale = start(lines, maximus + 1, RATIONALE);
            int end = rationale + 1;
            while (end < lines.size() && !lines.get(end).isEmpty() && !DECISION_LINE.matcher(lines.get(end)).matches()) {
                end++;
            }
            items.add(new DisputedItemDecision(decision.group(1),
                    LetterDecision.valueOf(decision.group(2).toUpperCase()),
                    text(lines, claims, maximus, CLAIMS_ADMINISTRATOR),
                    text(lines, maximus, rationale, MAXIMUS),
                    text(lines, rationale, end, RATIONALE)));
            i = end;
        }
        return items;
    }

    /** The index of the next line starting with the label; only blank lines or a continuation may precede it. */
    private static int start(List<String> lines, int from, String label) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(label)) {
                return i;
            }
            if (lines.get(i).startsWith(RATIONALE) || DECISION_LINE.matcher(lines.get(i)).matches()) {
                break;
            }
        }
        throw new IllegalArgumentException("irregular letter: no " + label);
    }

    private static String text(List<String> lines, int from, int to, String label) {
        return String.join(" ", lines.subList(from, to)).substring(label.length()).strip();
    }

    private static LocalDate date(String text, String label) {
        return LocalDate.parse(find(text, Pattern.quote(label) + "\\s+(\\d\\d/\\d\\d/\\d{4})"), HEADER_DATE);
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("irregular letter: no " + regex);
        }
        return matcher.group(1).strip();
    }

    private static String between(String text, String from, String to) {
        return text.substring(text.indexOf(from) + from.length(), text.indexOf(to)).strip();
    }
}
