package org.imr.replay.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Final Determination letter in the published layout (pdftotext -layout): the header block, the clinical
 * case summary and the items of "IMR ISSUES, DECISIONS AND RATIONALES".
 */
public final class LetterParser {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String SUMMARY_HEADING = "CLINICAL CASE SUMMARY";
    private static final String ISSUES_HEADING = "IMR ISSUES, DECISIONS AND RATIONALES";
    private static final Pattern SUMMARY_INTRO = Pattern.compile(
            "^\\s*The expert reviewer developed the following clinical case summary.*?medical records:\\s*",
            Pattern.DOTALL);

    /** The letter in {@code text}; {@code source} names it in error messages. */
    public PublishedLetter parse(String source, String text) {
        String letter = text.replace("\f", "").replace("\r", "");
        int summaryAt = letter.indexOf(SUMMARY_HEADING);
        int issuesAt = letter.indexOf(ISSUES_HEADING);
        if (summaryAt < 0 || issuesAt < summaryAt) {
            throw new LetterParseException(source, "no " + SUMMARY_HEADING + " followed by " + ISSUES_HEADING);
        }
        String header = letter.substring(0, summaryAt);
        String summary = SUMMARY_INTRO.matcher(letter.substring(summaryAt + SUMMARY_HEADING.length(), issuesAt))
                .replaceFirst("");
        List<LetterItem> items = new LetterItemsReader().read(letter.substring(issuesAt + ISSUES_HEADING.length()));
        if (items.isEmpty()) {
            throw new LetterParseException(source, "no item ending in ': Upheld' or ': Overturned'");
        }
        return new PublishedLetter(
                required(source, header, "Case Number:\\s+(CM\\d{2}-\\d{7})", "Case Number"),
                date(source, header, "Date Assigned:"),
                date(source, header, "Date of Injury:"),
                date(source, header, "Decision Date:"),
                date(source, header, "UR Denial Date:"),
                required(source, header, "Priority:\\s+(\\w+)", "Priority"),
                date(source, header, "Application"),
                LetterText.collapse(summary),
                items);
    }

    private static LocalDate date(String source, String header, String label) {
        String date = required(source, header, Pattern.quote(label) + "\\s+(\\d{2}/\\d{2}/\\d{4})", label);
        try {
            return LocalDate.parse(date, US_DATE);
        } catch (DateTimeParseException e) {
            throw new LetterParseException(source, "no valid date after " + label + " in the header");
        }
    }

    private static String required(String source, String header, String regex, String label) {
        Matcher matcher = Pattern.compile(regex).matcher(header);
        if (!matcher.find()) {
            throw new LetterParseException(source, "no " + label + " in the header");
        }
        return matcher.group(1);
    }
}
