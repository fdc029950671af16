package org.imr.intake.tracking;

/**
 * A step of a case's timeline. A stage with a progress is also a status: a case's status is the furthest such stage it
 * reached, whatever order the topics were read in. Expedited conversions and documents are events, not statuses.
 */
public enum Stage {

    RECEIVED(0),
    ELIGIBLE(1),
    INELIGIBLE(1),
    DEFERRED(1),
    EXPEDITED(-1),
    DOCUMENT_RECEIVED(-1),
    NO_ELIGIBLE_REVIEWER(2),
    ASSIGNED(3),
    DECIDED(4),
    LETTER_ISSUED(5);

    private final int progress;

    Stage(int progress) {
        this.progress = progress;
    }

    public boolean isStatus() {
        return progress >= 0;
    }

    int progress() {
        return progress;
    }

    /** Screened out: no statutory clock of the review runs. */
    boolean closesScreening() {
        return this == INELIGIBLE || this == DEFERRED;
    }
}
