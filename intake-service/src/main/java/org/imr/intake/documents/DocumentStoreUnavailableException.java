package org.imr.intake.documents;

import org.imr.kafka.TransientFailureException;

/** The document store could not be reached or refused the request; nothing was kept, the same request may be repeated. */
public class DocumentStoreUnavailableException extends TransientFailureException {

    public DocumentStoreUnavailableException(String operation, Throwable cause) {
        super("The document store could not " + operation + "; nothing was kept, send the document again", cause);
    }
}
