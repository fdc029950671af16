package org.imr.assignment.cases;

import org.imr.assignment.domain.Reviewer;
import org.imr.assignment.domain.Roster;
import org.springframework.stereotype.Component;

/** Every roster change (a reviewer added, back from suspension, given room) retries the cases waiting for a reviewer. */
@Component
class WaitingCasesRetry implements Roster.ChangeListener {

    private final CaseAssignment assignment;

    WaitingCasesRetry(Roster roster, CaseAssignment assignment) {
        this.assignment = assignment;
        roster.addListener(this);
    }

    @Override
    public void changed(Reviewer reviewer) {
        assignment.retryWaiting();
    }

    @Override
    public void removed(String reviewerId) {
        // a removal never makes a waiting case assignable
    }
}
