package org.imr.intake.tracking;

import java.util.List;
import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.imr.calendar.ImrDeadlines;
import org.imr.calendar.ReviewTrack;
import org.imr.intake.expedite.ExpeditedClocks;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.IneligibilityReason;
import org.imr.schemas.Priority;

/**
 * Intake's screening: received and eligible (with the assignment-notice clock, and an application certified as
 * expedited with its expedited clocks from filing), or ineligible/deferred with every reason.
 */
final class ScreeningProjection implements Projection {

    private final ImrDeadlines deadlines;

    ScreeningProjection(ImrDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Set<Class<? extends SpecificRecord>> events() {
        return Set.of(CaseReceived.class, CaseScreenedIneligible.class);
    }

    @Override
    public void project(SpecificRecord event, TrackedCase trackedCase) {
        switch (event) {
            case CaseReceived received -> eligible(received, trackedCase);
            case CaseScreenedIneligible ineligible -> ineligible(ineligible, trackedCase);
            default -> throw new IllegalArgumentException("Not a screening event: " + event.getClass());
        }
    }

    private void eligible(CaseReceived received, TrackedCase trackedCase) {
        var envelope = received.getEnvelope();
        if (!trackedCase.record(envelope.getEventId(), new TimelineEntry(Stage.RECEIVED, envelope.getOccurredAt(), null),
                new TimelineEntry(Stage.ELIGIBLE, envelope.getOccurredAt(), received.getAssignmentNoticeDueAt() == null
                        ? null : "assignment notice due " + received.getAssignmentNoticeDueAt()))) {
            return;
        }
        trackedCase.identify(received.getImrCase().getCaseNumber(), received.getImrCase().getPriority());
        trackedCase.updateClocks(clocks -> clocks.withAssignmentNoticeDueAt(received.getAssignmentNoticeDueAt()));
        if (received.getImrCase().getPriority() == Priority.EXPEDITED) {
            ExpeditedClocks expedited = ExpeditedClocks.of(deadlines.review(ReviewTrack.EXPEDITED, false,
                    received.getImrCase().getApplicationReceivedDate(), envelope.getOccurredAt()));
            trackedCase.updateClocks(clocks -> clocks.withFiling(new Clocks.ReviewClock(expedited.recordsDueAt(),
                    expedited.determinationDueAt(), "filing")));
        }
    }

    private static void ineligible(CaseScreenedIneligible ineligible, TrackedCase trackedCase) {
        var envelope = ineligible.getEnvelope();
        List<String> reasons = ineligible.getReasons().stream().map(IneligibilityReason::name).toList();
        if (!trackedCase.record(envelope.getEventId(), new TimelineEntry(Stage.RECEIVED, envelope.getOccurredAt(), null),
                new TimelineEntry(ineligible.getDeferred() ? Stage.DEFERRED : Stage.INELIGIBLE, envelope.getOccurredAt(),
                        String.join(", ", reasons)))) {
            return;
        }
        trackedCase.identify(ineligible.getImrCase().getCaseNumber(), ineligible.getImrCase().getPriority());
        trackedCase.addReasons(reasons);
    }
}
