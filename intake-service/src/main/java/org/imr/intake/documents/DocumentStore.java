package org.imr.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the documents of case files are kept, outside Kafka. Content-addressed: a document is identified by the
 * SHA-256 of its content (and its type), so the same document is stored once however often it is sent. A document is
 * either stored whole or not at all, and its content is checked against its SHA-256 when read back
 * ({@link DocumentCorruptedException}). {@link LocalFolderDocumentStore} is the default, {@link S3DocumentStore} the
 * S3-compatible one ({@code imr.intake.documents.store}); a store that cannot be reached throws
 * {@link DocumentStoreUnavailableException}.
 */
public interface DocumentStore {

    /** Reads the content to its end and stores it; the stream's own exceptions (a size limit) propagate, nothing kept. */
    StoredDocument save(InputStream content, DocumentType type) throws IOException;

    /** The stored document with this id, or empty. */
    Optional<StoredDocument> find(String documentId) throws IOException;

    /** The content of a document {@link #find} returned; the caller closes it. */
    InputStream open(StoredDocument document) throws IOException;
}
