package org.imr.intake.tracking;

/**
 * A step of a case's timeline. A stage with a progress is also a status: a case's status is the furthest such stage it
 * reached, whatever order the topics were read in. Expedited conversions, documents and a reviewer's decline are
 * events, not statuses.
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
    /** The assigned reviewer declined the case or did not answer in time; the case waits for another. */
    DECLINED(-1),
    /** The assigned reviewer accepted the case. */
    IN_REVIEW(4),
    DECIDED(5),
    LETTER_ISSUED(6);

    private final int progress;

    Stage(int progress) {
        this.progress = progress;
    }

    public boolean isStatus() {
        return progress >= 0;
    }

    public int progress() {
        return progress;
    }

    /** Screened out or decided: no statutory clock of the review runs any more. */
    public boolean closesClocks() {
        return this == INELIGIBLE || this == DEFERRED || this == DECIDED;
    }
}
