package org.imr.determination.guideline.text;

/** Side of the body, for paired regions. */
public enum Side {
    LEFT,
    RIGHT
}
