package org.imr.assignment.roster;

import java.util.List;
import java.util.Set;

import org.imr.assignment.domain.Leave;
import org.imr.assignment.domain.Licence;
import org.imr.assignment.domain.Reviewer;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;

/** Roster events to the domain's reviewers (the confidential name stays behind). */
final class RosterMapper {

    private RosterMapper() {
    }

    static Reviewer toReviewer(ReviewerRosterChanged event) {
        return new Reviewer(event.getReviewerId(), event.getSpecialties(),
                licences(event),
                event.getWeeklyPracticeHours(), event.getYearsInPractice(), Set.copyOf(event.getAffiliations()),
                event.getStatus() == ReviewerStatus.ACTIVE, event.getCaseCapacity(),
                event.getLeave().stream().map(l -> new Leave(l.getStart(), l.getEnd())).toList());
    }

    /** The licences with their expiry when the event has them, else one licence without expiry per state. */
    private static List<Licence> licences(ReviewerRosterChanged event) {
        if (!event.getLicences().isEmpty()) {
            return event.getLicences().stream().map(l -> new Licence(l.getState(), l.getExpires())).toList();
        }
        return event.getLicensureStates().stream().map(state -> new Licence(state, null)).toList();
    }
}
