package org.imr.assignment.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.imr.calendar.ImrCalendar;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first check of each new day in California, the waiting cases get another chance: a reviewer's leave may have ended
 * without any change to the roster. Checked every {@code imr.assignment.acceptance-check-interval}.
 */
@Component
class NewDayRetry {

    private final CaseAssignment assignment;
    private final Clock clock;
    private final ImrCalendar calendar;
    private final AtomicReference<LocalDate> lastDay = new AtomicReference<>();

    NewDayRetry(CaseAssignment assignment, Clock clock, ImrCalendar calendar) {
        this.assignment = assignment;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Scheduled(fixedDelayString = "${imr.assignment.acceptance-check-interval}",
            initialDelayString = "${imr.assignment.acceptance-check-interval}")
    void check() {
        if (isNewDay(calendar.today(clock))) {
            assignment.retryWaiting();
        }
    }

    /** True when the day differs from the one of the previous call (the first call only remembers it). */
    boolean isNewDay(LocalDate today) {
        LocalDate previous = lastDay.getAndSet(today);
        return previous != null && !previous.equals(today);
    }
}
