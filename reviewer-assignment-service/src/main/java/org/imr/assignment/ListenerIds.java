package org.imr.assignment;

/** Ids of the service's Kafka listeners. */
public final class ListenerIds {

    /** Assigns received cases; starts only once the roster has been read to its end. */
    public static final String CASE_ASSIGNMENT = "case-assignment";

    private ListenerIds() {
    }
}
