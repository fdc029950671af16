package org.imr.assignment.cases;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code imr.assignment.acceptance-check-interval}, times out the cases whose reviewers have not accepted them
 * within the acceptance time-out (only the writer of assignments holds such cases; the others do nothing).
 */
@Component
class AcceptanceTimeOutCheck {

    private static final Logger log = LoggerFactory.getLogger(AcceptanceTimeOutCheck.class);

    private final CaseAssignment assignment;
    private final Clock clock;

    AcceptanceTimeOutCheck(CaseAssignment assignment, Clock clock) {
        this.assignment = assignment;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${imr.assignment.acceptance-check-interval}",
            initialDelayString = "${imr.assignment.acceptance-check-interval}")
    void check() {
        List<String> timedOut = assignment.timeOutOverdue(clock.instant());
        if (!timedOut.isEmpty()) {
            log.info("{} case(s) timed out waiting for their reviewers' acceptance", timedOut.size());
        }
    }
}
