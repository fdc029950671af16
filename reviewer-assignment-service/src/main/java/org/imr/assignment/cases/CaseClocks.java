package org.imr.assignment.cases;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.assignment.domain.StatutoryClock;
import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.imr.calendar.ImrDeadlines;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;

/**
 * The statutory clocks of each case: from its receipt and the notice of its assignment (by its track: standard,
 * formulary drug dispute or expedited; the records sooner when notified electronically), or from the certification
 * when a regular case was converted to expedited review (the conversion may be read before the case itself).
 */
final class CaseClocks {

    private final StatutoryClock statutoryClock;
    private final Map<String, Instant> expeditedAt = new ConcurrentHashMap<>();

    CaseClocks(ImrDeadlines deadlines) {
        this.statutoryClock = new StatutoryClock(deadlines);
    }

    /** The case was converted to expedited review at that instant; false when this conversion was known already. */
    boolean converted(String caseId, Instant certifiedAt) {
        return expeditedAt.putIfAbsent(caseId, certifiedAt) == null;
    }

    /** The case file as it stands: expedited when converted. */
    ImrCase current(ImrCase imrCase) {
        if (imrCase.getPriority() == Priority.EXPEDITED || !expeditedAt.containsKey(imrCase.getCaseId())) {
            return imrCase;
        }
        return ImrCase.newBuilder(imrCase).setPriority(Priority.EXPEDITED).build();
    }

    /** The case's due dates, its notice of assignment sent at that instant. */
    DueDates dueDates(ImrCase imrCase, Instant noticeSentAt) {
        Instant certifiedAt = expeditedAt.get(imrCase.getCaseId());
        if (certifiedAt != null) {
            return statutoryClock.convertedToExpedited(certifiedAt);
        }
        return statutoryClock.dueDates(imrCase.getPriority() == Priority.EXPEDITED, imrCase.getFormularyDrugDispute(),
                imrCase.getRecordsNotifiedElectronically(), imrCase.getApplicationReceivedDate(), noticeSentAt);
    }
}
