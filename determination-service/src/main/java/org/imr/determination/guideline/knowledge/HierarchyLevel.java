package org.imr.determination.guideline.knowledge;

/**
 * The evidence hierarchy of 8 CCR 9792.21.1, highest first: when several rules govern a service, the rule of the
 * highest level decides.
 */
public enum HierarchyLevel {
    MTUS,
    ACOEM,
    ODG,
    OTHER
}
