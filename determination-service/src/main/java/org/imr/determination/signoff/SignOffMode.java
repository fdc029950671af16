package org.imr.determination.signoff;

/** Who turns the engine's draft into the determination the letter is made from ({@code imr.determination.sign-off}). */
public enum SignOffMode {
    /** The assigned expert reviewer confirms or changes each item and signs, in the workbench: no letter before. */
    REVIEWER,
    /** The engine's draft is signed as it is, the moment it is made (the replay, benchmarks, tests, the quick start). */
    AUTOMATIC
}
