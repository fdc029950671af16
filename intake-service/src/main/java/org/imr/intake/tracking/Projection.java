package org.imr.intake.tracking;

import java.util.Set;

import org.apache.avro.specific.SpecificRecord;

/** Turns the events of one concern into what a tracked case shows. Plain code: no Kafka, no Spring. */
interface Projection {

    /** The event classes this projection reads. */
    Set<Class<? extends SpecificRecord>> events();

    /** Applies one event of those classes to its case. */
    void project(SpecificRecord event, TrackedCase trackedCase);
}
