package org.imr.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;

import org.imr.store.S3Clients;
import org.imr.store.S3Settings;
import org.imr.testsupport.InProcessS3Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The document store contract, against the S3 store talking HTTP to an in-process S3-compatible endpoint (no Docker);
 * plus what only the S3 store does: the bucket created when absent, the checksums the endpoint verifies, no second PUT
 * of a document already there.
 */
class S3DocumentStoreContractTest extends DocumentStoreContract {

    static final String BUCKET = "imr-documents";

    @TempDir
    Path spool;

    private InProcessS3Server server;
    private S3Client client;

    @BeforeEach
    void startServer() throws Exception {
        server = new InProcessS3Server();
        client = S3Clients.of(new S3Settings(server.endpoint(), "us-east-1", BUCKET, "test-access", "test-secret"));
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    @Override
    DocumentStore store() throws Exception {
        return new S3DocumentStore(client, BUCKET, spool).createBucketIfAbsent();
    }

    @Override
    int storedDocuments() {
        return server.objects().size();
    }

    @Override
    void damage(String documentId, byte[] content) {
        String key = BUCKET + "/" + S3DocumentStore.keyOf(documentId);
        server.objects().computeIfPresent(key, (k, object) -> new InProcessS3Server.StoredObject(content,
                object.contentType()));
    }

    @Test
    void theBucketIsCreatedOnceAndADocumentIsSentOnceWithItsChecksumsAndType() throws Exception {
        store();
        DocumentStore store = store();

        StoredDocument stored = store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);
        store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);

        assertThat(server.hasBucket(BUCKET)).isTrue();
        assertThat(server.objectPuts()).isEqualTo(1);
        InProcessS3Server.StoredObject object = server.objects()
                .get(BUCKET + "/" + stored.sha256().substring(0, 2) + "/" + stored.documentId());
        assertThat(object.contentType()).isEqualTo("application/pdf");
        assertThat(object.content()).isEqualTo(PDF);
        assertThat(server.lastPutChecksums()).containsOnly(
                entry("x-amz-checksum-sha256", base64("SHA-256", PDF)), entry("Content-MD5", base64("MD5", PDF)));
        assertThat(spool).isEmptyDirectory();
    }

    @Test
    void anUnreachableStoreIsAClearErrorAndKeepsNothing() throws Exception {
        DocumentStore store = store();
        server.close();

        assertThatThrownBy(() -> store.save(new ByteArrayInputStream(PDF), DocumentType.PDF))
                .isInstanceOf(DocumentStoreUnavailableException.class)
                .hasMessageContaining("send the document again");
        assertThatThrownBy(() -> store.find("0".repeat(64) + ".pdf"))
                .isInstanceOf(DocumentStoreUnavailableException.class);
        assertThat(spool).isEmptyDirectory();
    }

    private static String base64(String algorithm, byte[] content) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance(algorithm).digest(content));
    }
}
