package org.imr.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The deadlines of the IMR process, each from its configured period on the IMR calendar. */
public final class ImrDeadlines {

    private final ImrCalendar calendar;
    private final ImrPeriods periods;

    public ImrDeadlines(ImrCalendar calendar, ImrPeriods periods) {
        this.calendar = calendar;
        this.periods = periods;
        Map.of("filing-window", periods.filingWindow(), "mailing-extension", periods.mailingExtension(),
                "standard-determination", periods.standardDetermination(),
                "formulary-determination", periods.formularyDetermination(),
                "expedited-determination", periods.expeditedDetermination(), "authorisation", periods.authorisation(),
                "reimbursement", periods.reimbursement(), "appeal", periods.appeal())
                .forEach(ImrDeadlines::requireDays);
    }

    /** These periods count from a date (a receipt, a determination), so they are stated in days or working days. */
    private static void requireDays(String name, Period period) {
        if (period.unit() == PeriodUnit.HOURS) {
            throw new IllegalArgumentException("imr.calendar.periods." + name + " counts from a date: state it in days"
                    + " or working days, not " + period.words());
        }
    }

    public ImrCalendar calendar() {
        return calendar;
    }

    public ImrPeriods periods() {
        return periods;
    }

    /** The last day to apply for IMR of a UR decision received on that date. */
    public LocalDate filingDeadline(LocalDate urDecisionReceived) {
        return calendar.after(urDecisionReceived, periods.filingWindow());
    }

    /** The same for a UR decision served by mail on that date, its receipt unknown: the mailing extension added. */
    public LocalDate filingDeadlineServedByMail(LocalDate urDecisionServed) {
        return filingDeadline(calendar.after(urDecisionServed, periods.mailingExtension()));
    }

    /** The notice of assignment is due by the end of the next business day after eligibility. */
    public Instant assignmentNoticeDueAt(Instant eligibleAt) {
        return calendar.deadline(eligibleAt, periods.assignmentNotice());
    }

    /**
     * A review's deadlines: the determination from the receipt of the application, the case file from the notice of
     * assignment (by e-mail or by post), each by the review's track.
     */
    public ReviewDeadlines review(ReviewTrack track, boolean noticeSentElectronically, LocalDate applicationReceived,
            Instant noticeSentAt) {
        Period determination = switch (track) {
            case STANDARD -> periods.standardDetermination();
            case FORMULARY -> periods.formularyDetermination();
            case EXPEDITED -> periods.expeditedDetermination();
        };
        Period records = track == ReviewTrack.EXPEDITED ? periods.expeditedRecords()
                : noticeSentElectronically ? periods.electronicRecords() : periods.standardRecords();
        LocalDate determinationDue = calendar.after(applicationReceived, determination);
        Instant recordsDueAt = calendar.deadline(noticeSentAt, records);
        return new ReviewDeadlines(determinationDue, calendar.endOf(determinationDue), calendar.dateOf(recordsDueAt),
                recordsDueAt);
    }

    /** A review converted to expedited (8 CCR 9792.10.4(c)): both clocks restart from the physician's certification. */
    public ReviewDeadlines convertedToExpedited(Instant certifiedAt) {
        return review(ReviewTrack.EXPEDITED, false, calendar.dateOf(certifiedAt), certifiedAt);
    }

    /** The last day to authorise an Overturned item not yet provided, for a determination received on that date. */
    public LocalDate authorisationDue(LocalDate determinationReceived) {
        return calendar.after(determinationReceived, periods.authorisation());
    }

    /** When a reviewer assigned at that instant times out without accepting: the same time when the period ends. */
    public Instant acceptanceDeadline(Instant assignedAt) {
        return calendar.after(assignedAt, periods.acceptanceTimeout());
    }
}
