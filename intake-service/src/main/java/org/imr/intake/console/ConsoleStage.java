package org.imr.intake.console;

import java.util.EnumSet;
import java.util.Set;

import org.imr.intake.tracking.Stage;

/**
 * The stages the operations console counts cases in, each the tracked statuses it groups and the timeline steps that
 * enter it (its throughput). A stage the pipeline does not report yet simply counts nothing; a new tracked status
 * (a reviewer's draft, say) is added to the stage it belongs to.
 */
public enum ConsoleStage {

    RECEIVED("received", EnumSet.of(Stage.RECEIVED, Stage.ELIGIBLE), EnumSet.of(Stage.RECEIVED)),
    SCREENED_OUT("screened out", EnumSet.of(Stage.INELIGIBLE, Stage.DEFERRED),
            EnumSet.of(Stage.INELIGIBLE, Stage.DEFERRED)),
    WAITING_FOR_REVIEWER("waiting for a reviewer", EnumSet.of(Stage.NO_ELIGIBLE_REVIEWER),
            EnumSet.of(Stage.NO_ELIGIBLE_REVIEWER)),
    ASSIGNED("assigned", EnumSet.of(Stage.ASSIGNED), EnumSet.of(Stage.ASSIGNED)),
    IN_REVIEW("in review", EnumSet.of(Stage.IN_REVIEW), EnumSet.of(Stage.IN_REVIEW)),
    SIGNED("signed", EnumSet.of(Stage.DECIDED), EnumSet.of(Stage.DECIDED)),
    LETTER_ISSUED("letter issued", EnumSet.of(Stage.LETTER_ISSUED), EnumSet.of(Stage.LETTER_ISSUED));

    private final String label;
    private final Set<Stage> statuses;
    private final Set<Stage> entries;

    ConsoleStage(String label, Set<Stage> statuses, Set<Stage> entries) {
        this.label = label;
        this.statuses = statuses;
        this.entries = entries;
    }

    public String label() {
        return label;
    }

    /** The tracked statuses of the cases at this stage. */
    public Set<Stage> statuses() {
        return statuses;
    }

    /** The timeline steps by which a case enters this stage. */
    public Set<Stage> entries() {
        return entries;
    }

    /** The console stage of a tracked status, if it has one. */
    public static ConsoleStage of(Stage status) {
        for (ConsoleStage stage : values()) {
            if (stage.statuses.contains(status)) {
                return stage;
            }
        }
        return null;
    }
}
