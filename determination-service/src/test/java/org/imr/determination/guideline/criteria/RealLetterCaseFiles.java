package org.imr.determination.guideline.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.schemas.ServiceType;

/**
 * Case files made from real letters in {@code src/test/resources/real-letters/}: the clinical case summary as the
 * only clinical record, the application date from the header, and one disputed item as the letter prints it.
 */
final class RealLetterCaseFiles {

    private static final Pattern RECEIVED = Pattern.compile("Application\\s+(\\d{2}/\\d{2}/\\d{4})");
    private static final Pattern INJURY = Pattern.compile("Date of Injury:\\s+(\\d{2}/\\d{2}/\\d{4})");
    private static final Pattern UR_DENIAL = Pattern.compile("UR Denial Date:\\s+(\\d{2}/\\d{2}/\\d{4})");

    private RealLetterCaseFiles() {
    }

    static CaseFile caseFile(String caseNumber, String itemDescription, ServiceType serviceType) {
        return caseFile(caseNumber, List.of(new DisputedTreatment(1, itemDescription, serviceType, null, null, null, null)));
    }

    /** The letter's case with several of its disputed items, as one application. */
    static CaseFile caseFile(String caseNumber, List<DisputedTreatment> items) {
        String letter = read(caseNumber).replace("\f", "");
        String summary = letter.substring(letter.indexOf("CLINICAL CASE SUMMARY"),
                letter.indexOf("IMR ISSUES, DECISIONS AND RATIONALES"));
        summary = summary.substring(summary.indexOf("medical records:") + "medical records:".length())
                .trim().replaceAll("\\s+", " ");
        return new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                items, headerDate(RECEIVED, letter), headerDate(INJURY, letter), headerDate(UR_DENIAL, letter));
    }

    private static LocalDate headerDate(Pattern field, String letter) {
        Matcher date = field.matcher(letter);
        return date.find() ? LocalDate.parse(date.group(1), DateTimeFormatter.ofPattern("MM/dd/yyyy")) : null;
    }

    private static String read(String caseNumber) {
        try (InputStream in = RealLetterCaseFiles.class.getResourceAsStream("/real-letters/" + caseNumber + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("No real letter " + caseNumber + " in the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
