package org.imr.intake.documents;

import java.io.IOException;

/** A stored document whose content, read back, no longer has the SHA-256 it was stored under. */
public class DocumentCorruptedException extends IOException {

    public DocumentCorruptedException(String documentId) {
        super("Stored document " + documentId + " does not match its SHA-256: its content was damaged in the store");
    }
}
