package org.imr.intake.tracking;

import java.util.Set;

import org.imr.schemas.Priority;

/**
 * What a case's statutory clocks depend on: its priority, the furthest stage and every stage it reached, the clocks
 * the topics reported, and whether its medical records arrived. Built from a whole case, or from its stored row alone.
 */
public record ClockState(Priority priority, Stage status, Set<Stage> reached, Clocks clocks,
        boolean medicalRecordsReceived) {

    public ClockState {
        reached = reached.isEmpty() ? Set.of() : Set.copyOf(reached);
    }

    boolean reached(Stage stage) {
        return reached.contains(stage);
    }

    /** Screened out or decided: no clock of the review runs. */
    boolean closed() {
        return reached.stream().anyMatch(Stage::closesClocks);
    }
}
