package org.imr.determination.guideline;

/** The decision on one disputed item, as the Final Determination letter states it. */
public enum Outcome {
    /** The utilization-review denial stands: the item is not medically necessary. */
    UPHELD,
    /** The item is medically necessary and must be authorised. */
    OVERTURNED,
    /** No guideline rule in the knowledge base decides the item; the expert reviewer decides it. */
    EXPERT_REVIEW_REQUIRED
}
