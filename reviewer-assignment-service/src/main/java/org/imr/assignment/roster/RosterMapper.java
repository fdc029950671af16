package org.imr.assignment.roster;

import java.util.HashSet;

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
                event.getLicensureStates().stream().map(state -> new Licence(state, null)).toList(),
                event.getWeeklyPracticeHours(), event.getYearsInPractice(), new HashSet<>(event.getAffiliations()),
                event.getStatus() == ReviewerStatus.ACTIVE, event.getCaseCapacity());
    }
}
