package org.imr.kafka;

/**
 * A decoded event that can never be processed (it breaks an invariant of the receiving service): it goes straight to
 * the dead-letter topic without retries. The message is the reason and must not contain clinical text.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String reason) {
        super(reason);
    }
}
