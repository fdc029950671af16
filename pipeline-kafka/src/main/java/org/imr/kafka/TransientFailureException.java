package org.imr.kafka;

/**
 * Something the service depends on cannot be reached now (a store, a registry): the work is retried after a back-off
 * until it can, never dead-lettered. Subclass it for a dependency's own "unavailable" exception.
 */
public class TransientFailureException extends RuntimeException {

    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
