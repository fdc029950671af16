package org.imr.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentStore} does, run against each of them: a document stored under its SHA-256 and read back
 * unchanged; the same document stored once however often it is sent; nothing kept of a document past the size limit;
 * no document for an unknown or malformed id; a document damaged in the store refused when read.
 */
abstract class DocumentStoreContract {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] TEXT = "Progress note: lumbar strain, improving.\n".getBytes(StandardCharsets.UTF_8);

    /** The store under test, empty. */
    abstract DocumentStore store() throws Exception;

    /** How many documents the store holds. */
    abstract int storedDocuments() throws Exception;

    /** Replaces a stored document's content behind the store's back (damage in the store). */
    abstract void damage(String documentId, byte[] content) throws Exception;

    @Test
    void aDocumentIsStoredUnderItsHashAndReadBackUnchanged() throws Exception {
        DocumentStore store = store();

        StoredDocument stored = store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(stored.sha256()).isEqualTo(sha256);
        assertThat(stored.documentId()).isEqualTo(sha256 + ".pdf");
        assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
        assertThat(stored.newlyStored()).isTrue();
        StoredDocument found = store.find(stored.documentId()).orElseThrow();
        assertThat(found).isEqualTo(new StoredDocument(stored.documentId(), DocumentType.PDF, PDF.length, sha256, false));
        try (InputStream in = store.open(found)) {
            byte[] read = in.readAllBytes();
            assertThat(read).isEqualTo(PDF);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read))).isEqualTo(sha256);
        }
    }

    @Test
    void theSameDocumentSentTwiceIsStoredOnceAndADifferentOneBesideIt() throws Exception {
        DocumentStore store = store();

        StoredDocument first = store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);
        StoredDocument second = store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);
        StoredDocument text = store.save(new ByteArrayInputStream(TEXT), DocumentType.TEXT);

        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.newlyStored()).isFalse();
        assertThat(text.documentId()).endsWith(".txt").isNotEqualTo(first.documentId());
        assertThat(storedDocuments()).isEqualTo(2);
        try (InputStream in = store.open(store.find(text.documentId()).orElseThrow())) {
            assertThat(in.readAllBytes()).isEqualTo(TEXT);
        }
    }

    @Test
    void aDocumentPastTheLimitLeavesNothingBehind() throws Exception {
        DocumentStore store = store();
        byte[] text = "x".repeat(5_000).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> store.save(new SizeLimitedInputStream(new ByteArrayInputStream(text), 4_096),
                DocumentType.TEXT))
                .isInstanceOf(DocumentTooLargeException.class);

        assertThat(storedDocuments()).isZero();
    }

    @Test
    void anUnknownOrMalformedIdFindsNothing() throws Exception {
        DocumentStore store = store();
        store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);

        assertThat(store.find("0".repeat(64) + ".pdf")).isEmpty();
        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThat(store.find("ab")).isEmpty();
    }

    @Test
    void aDocumentDamagedInTheStoreIsRefusedWhenRead() throws Exception {
        DocumentStore store = store();
        StoredDocument stored = store.save(new ByteArrayInputStream(TEXT), DocumentType.TEXT);
        byte[] damaged = TEXT.clone();
        damaged[0] ^= 0x20;
        damage(stored.documentId(), damaged);

        try (InputStream in = store.open(store.find(stored.documentId()).orElseThrow())) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(DocumentCorruptedException.class)
                    .hasMessageContaining(stored.documentId());
        }
    }
}
