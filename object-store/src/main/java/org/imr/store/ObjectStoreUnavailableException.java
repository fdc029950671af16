package org.imr.store;

import org.imr.kafka.TransientFailureException;

/** The store could not be reached or did not answer: transient, the work is retried until it can be done. */
public class ObjectStoreUnavailableException extends TransientFailureException {

    public ObjectStoreUnavailableException(String operation, Throwable cause) {
        super("The object store could not " + operation, cause);
    }
}
