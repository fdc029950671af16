package org.imr.intake.tracking;

import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.imr.schemas.CaseExpedited;

/** A conversion to expedited review: the priority, and the clocks recomputed from the certification. */
final class ExpeditedProjection implements Projection {

    @Override
    public Set<Class<? extends SpecificRecord>> events() {
        return Set.of(CaseExpedited.class);
    }

    @Override
    public void project(SpecificRecord event, TrackedCase trackedCase) {
        CaseExpedited expedited = (CaseExpedited) event;
        if (trackedCase.record(expedited.getEnvelope().getEventId(), Stage.EXPEDITED,
                expedited.getEnvelope().getOccurredAt(), "certified at " + expedited.getCertifiedAt())) {
            trackedCase.expedite();
            trackedCase.updateClocks(clocks -> clocks.withConversion(new Clocks.ReviewClock(
                    expedited.getRecordsDueAt(), expedited.getDeterminationDueAt(), Clocks.CONVERSION)));
        }
    }
}
