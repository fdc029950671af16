package org.imr.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.imr.intake.identity.FilingLedger;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.CaseDocumentReceived;
import org.imr.schemas.DocumentKind;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Takes a document of a filed case's file: checks its size (at most {@code imr.intake.documents.max-bytes}) and that
 * its content matches its type, stores it in the {@link DocumentStore}, then publishes its reference on
 * {@code imr.case-document-received}. The document is stored before the event is sent, so no event names a missing
 * document; a failed send leaves a stored document that the same upload, repeated, finds again.
 */
@Service
public class CaseDocuments {

    private static final Logger log = LoggerFactory.getLogger(CaseDocuments.class);

    private final FilingLedger ledger;
    private final DocumentStore store;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final long maxBytes;

    CaseDocuments(FilingLedger ledger, DocumentStore store, EventPublisher publisher, Envelopes envelopes,
            @Value("${imr.intake.documents.max-bytes}") long maxBytes) {
        this.ledger = ledger;
        this.store = store;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The stored document, or empty when no case with this id was filed (nothing read, nothing stored). */
    public Optional<StoredDocument> attach(String caseId, DocumentKind kind, DocumentType type, long declaredLength,
            InputStream content) throws IOException {
        if (!ledger.isFiled(caseId)) {
            return Optional.empty();
        }
        if (declaredLength > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        InputStream checked = DocumentContent.checked(new SizeLimitedInputStream(content, maxBytes), type);
        StoredDocument document = store.save(checked, type);
        publisher.publish(Topics.CASE_DOCUMENT_RECEIVED, caseId,
                new CaseDocumentReceived(envelopes.forCase(caseId), caseId, kind, document.reference()));
        log.info("Case {}: document {} received ({} bytes, {})", caseId, document.documentId(), document.sizeBytes(),
                document.newlyStored() ? "stored" : "already stored");
        return Optional.of(document);
    }
}
