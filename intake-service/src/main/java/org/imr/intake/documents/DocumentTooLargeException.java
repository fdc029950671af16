package org.imr.intake.documents;

/** A document longer than the configured limit; nothing of it is kept. */
public class DocumentTooLargeException extends RuntimeException {

    private final long maxBytes;

    public DocumentTooLargeException(long maxBytes) {
        super("The document exceeds the limit of " + maxBytes + " bytes (imr.intake.documents.max-bytes)");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
