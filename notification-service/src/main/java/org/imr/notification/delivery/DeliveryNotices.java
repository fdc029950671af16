package org.imr.notification.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.imr.calendar.ImrPeriods;
import org.imr.notification.delivery.IssuedLetterFacts.DecidedItem;
import org.imr.schemas.PartyRole;

/** The cover notice that goes with the letter to each recipient, in plain language, its periods those of the calendar. */
final class DeliveryNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private final ImrPeriods periods;

    DeliveryNotices(ImrPeriods periods) {
        this.periods = periods;
    }

    String noticeFor(PartyRole role, IssuedLetterFacts letter, LocalDate authorisationDueBy) {
        StringBuilder notice = new StringBuilder()
                .append("The Final Determination of Independent Medical Review case ").append(letter.caseNumber())
                .append(letter.letterVersion() > 1 ? ", corrected (version " + letter.letterVersion() + "),"
                        : "")
                .append(" was issued on ").append(DATE.format(letter.decisionDate())).append(". It decides: ");
        notice.append(String.join("; ", letter.items().stream().map(DeliveryNotices::decided).toList())).append(". ");
        if (authorisationDueBy != null) {
            notice.append("The claims administrator must authorise the Overturned item(s) (")
                    .append(String.join("; ", letter.overturnedItems()))
                    .append(") within ").append(periods.authorisation().words())
                    .append(" of receiving this determination, by ").append(DATE.format(authorisationDueBy))
                    .append(" at the latest, or, where the service was already provided, pay for it within ")
                    .append(periods.reimbursement().words()).append(" (8 CCR 9792.10.7). ");
        }
        if (role == PartyRole.EMPLOYEE || role == PartyRole.EMPLOYEE_ATTORNEY) {
            notice.append("The determination is binding. It may be appealed to the Workers' Compensation Appeals"
                    + " Board within ").append(periods.appeal().words()).append(", and only on a few narrow grounds. ");
        }
        return notice.append("The letter is attached: ").append(letter.letterPdfUri())
                .append(" (PDF), ").append(letter.letterUri()).append(" (text).").toString();
    }

    private static String decided(DecidedItem item) {
        return item.description() + ": " + item.decision();
    }
}
