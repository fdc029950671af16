package org.imr.intake.documents;

import java.util.Optional;
import java.util.regex.Pattern;

import org.imr.schemas.DocumentReference;

/**
 * A document as stored: its id (the SHA-256 of the content in hex plus the type's extension, so the same content of the
 * same type is one document), type, size and hash; {@code newlyStored} is false when the same document was there before.
 */
public record StoredDocument(String documentId, DocumentType type, long sizeBytes, String sha256, boolean newlyStored) {

    public static final String URI_PREFIX = "/documents/";

    /** The form of a document id: a SHA-256 in lower-case hex and an extension. */
    public static final String DOCUMENT_ID_FORM = "[0-9a-f]{64}\\.(pdf|txt)";

    private static final Pattern DOCUMENT_ID = Pattern.compile(DOCUMENT_ID_FORM);

    public static String idOf(String sha256, DocumentType type) {
        return sha256 + type.extension();
    }

    /** A document of this id and size as stored before ({@code newlyStored} false); empty for an id that is no hash. */
    public static Optional<StoredDocument> existing(String documentId, long sizeBytes) {
        if (!isDocumentId(documentId)) {
            return Optional.empty();
        }
        DocumentType type = DocumentType.ofDocumentId(documentId).orElseThrow();
        String sha256 = documentId.substring(0, documentId.length() - type.extension().length());
        return Optional.of(new StoredDocument(documentId, type, sizeBytes, sha256, false));
    }

    /** Whether this is the form of a document id (a SHA-256 in lower-case hex and an extension), nothing else. */
    public static boolean isDocumentId(String documentId) {
        return documentId != null && DOCUMENT_ID.matcher(documentId).matches();
    }

    public String uri() {
        return URI_PREFIX + documentId;
    }

    public DocumentReference reference() {
        return new DocumentReference(documentId, uri(), type.mediaType(), sizeBytes, sha256);
    }
}
