package org.imr.assignment.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first check of each new day (UTC), the waiting cases get another chance: a reviewer's leave may have ended
 * without any change to the roster. Checked every {@code imr.assignment.acceptance-check-interval}.
 */
@Component
class NewDayRetry {

    private final CaseAssignment assignment;
    private final Clock clock;
    private final AtomicReference<LocalDate> lastDay = new AtomicReference<>();

    NewDayRetry(CaseAssignment assignment, Clock clock) {
        this.assignment = assignment;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${imr.assignment.acceptance-check-interval:PT1M}",
            initialDelayString = "${imr.assignment.acceptance-check-interval:PT1M}")
    void check() {
        if (isNewDay(LocalDate.now(clock))) {
            assignment.retryWaiting();
        }
    }

    /** True when the day differs from the one of the previous call (the first call only remembers it). */
    boolean isNewDay(LocalDate today) {
        LocalDate previous = lastDay.getAndSet(today);
        return previous != null && !previous.equals(today);
    }
}
