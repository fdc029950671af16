package org.imr.determination.workbench;

import java.util.List;

import org.imr.calendar.ImrCalendar;
import org.imr.determination.signoff.ReviewCase;
import org.imr.schemas.ImrCase;

/** A reviewer's open cases, the earliest due first. Every value is text or a list, never null. */
record QueuePage(String reviewerId, List<Row> cases, String message) {

    record Row(String href, String caseNumber, String priority, String dueDate, String assignedOn, int items,
            String status) {
    }

    static QueuePage of(String reviewerId, List<ReviewCase> queue, String message, ImrCalendar calendar) {
        return new QueuePage(reviewerId, queue.stream().map(open -> row(reviewerId, open, calendar)).toList(),
                message == null ? "" : message);
    }

    private static Row row(String reviewerId, ReviewCase open, ImrCalendar calendar) {
        ImrCase imrCase = open.draft().getImrCase();
        return new Row(Pages.casePage(reviewerId, open.caseId()), Pages.caseNumber(imrCase), imrCase.getPriority().name(),
                Pages.date(open.dueDate()), Pages.date(open.draft().getAssignedAt(), calendar), open.draft().getItems().size(),
                open.acceptedBy(reviewerId) ? "Accepted: to review and sign" : "Awaiting your acceptance");
    }
}
