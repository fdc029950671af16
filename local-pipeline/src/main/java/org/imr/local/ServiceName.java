package org.imr.local;

/** The four services, in the order the launcher starts them. */
public enum ServiceName {
    INTAKE, REVIEWER_ASSIGNMENT, DETERMINATION, NOTIFICATION
}
