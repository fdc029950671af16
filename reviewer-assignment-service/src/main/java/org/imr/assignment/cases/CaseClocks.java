package org.imr.assignment.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.assignment.domain.StatutoryClock;
import org.imr.assignment.domain.StatutoryClock.DueDates;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;

/**
 * The statutory clocks of each case: from its receipt (5 working days for a formulary drug dispute, records in 12
 * days when notified electronically), or from the certification when a regular case was converted to expedited
 * review (the conversion may be read before the case itself).
 */
final class CaseClocks {

    private final StatutoryClock statutoryClock = new StatutoryClock();
    private final Map<String, LocalDate> expeditedOn = new ConcurrentHashMap<>();

    /** The case was converted to expedited review on that date; false when this conversion was known already. */
    boolean converted(String caseId, LocalDate certified) {
        return expeditedOn.putIfAbsent(caseId, certified) == null;
    }

    /** The case file as it stands: expedited when converted. */
    ImrCase current(ImrCase imrCase) {
        if (imrCase.getPriority() == Priority.EXPEDITED || !expeditedOn.containsKey(imrCase.getCaseId())) {
            return imrCase;
        }
        return ImrCase.newBuilder(imrCase).setPriority(Priority.EXPEDITED).build();
    }

    DueDates dueDates(ImrCase imrCase, LocalDate assigned) {
        LocalDate certified = expeditedOn.get(imrCase.getCaseId());
        if (certified != null) {
            return statutoryClock.convertedToExpedited(certified);
        }
        return statutoryClock.dueDates(imrCase.getPriority() == Priority.EXPEDITED, imrCase.getFormularyDrugDispute(),
                imrCase.getRecordsNotifiedElectronically(), imrCase.getApplicationReceivedDate(), assigned);
    }
}
