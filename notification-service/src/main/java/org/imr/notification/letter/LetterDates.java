package org.imr.notification.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date styles of the letters: MM/dd/yyyy in the header, MM-dd-yy in the clinical summary. */
final class LetterDates {

    private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final DateTimeFormatter SUMMARY = DateTimeFormatter.ofPattern("MM-dd-uu");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{2})(\\d{2})-(\\d{2})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{2})(\\d{2})-(\\d{2})-(\\d{2})");

    private LetterDates() {
    }

    /** 11/09/2016 */
    static String header(LocalDate date) {
        return HEADER.format(date);
    }

    /** 01-09-13 */
    static String summary(LocalDate date) {
        return SUMMARY.format(date);
    }

    /**
     * A date as recorded in the case file, in the summary's style: "2014-02" becomes "02-14",
     * "2015-05-29" becomes "05-29-15"; anything else ("February 2014") is kept as recorded.
     */
    static String recorded(String date) {
        String value = date.strip();
        Matcher day = ISO_DAY.matcher(value);
        if (day.matches()) {
            return day.group(3) + "-" + day.group(4) + "-" + day.group(2);
        }
        Matcher month = ISO_MONTH.matcher(value);
        if (month.matches()) {
            return month.group(3) + "-" + month.group(2);
        }
        return value;
    }
}
