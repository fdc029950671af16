package org.imr.intake.documents;

import org.imr.schemas.DocumentReference;

/**
 * A document as stored: its id (the SHA-256 of the content in hex plus the type's extension, so the same content of the
 * same type is one document), type, size and hash; {@code newlyStored} is false when the same document was there before.
 */
public record StoredDocument(String documentId, DocumentType type, long sizeBytes, String sha256, boolean newlyStored) {

    public static final String URI_PREFIX = "/documents/";

    public static String idOf(String sha256, DocumentType type) {
        return sha256 + type.extension();
    }

    public String uri() {
        return URI_PREFIX + documentId;
    }

    public DocumentReference reference() {
        return new DocumentReference(documentId, uri(), type.mediaType(), sizeBytes, sha256);
    }
}
