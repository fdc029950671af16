package org.imr.replay.evaluation;

/** What the pipeline decided for a replayed item; NONE when no determination came back for its case. */
public enum PredictedOutcome {
    UPHELD, OVERTURNED, EXPERT_REVIEW_REQUIRED, NONE
}
