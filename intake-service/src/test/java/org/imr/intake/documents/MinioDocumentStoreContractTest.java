package org.imr.intake.documents;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import org.imr.store.S3Clients;
import org.imr.store.S3Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The document store contract, against the S3 store and a real MinIO (the compose deployment's image) in a container:
 * MinIO verifies the SHA-256 and MD5 the store sends. Skipped where there is no Docker. Each test has its own bucket.
 */
@Testcontainers(disabledWithoutDocker = true)
class MinioDocumentStoreContractTest extends DocumentStoreContract {

    /** The MinIO image of docker-compose.yml. */
    static final String MINIO_IMAGE = "minio/minio:RELEASE.2024-12-18T13-15-44Z";

    @Container
    static final MinIOContainer MINIO = new MinIOContainer(MINIO_IMAGE);

    @TempDir
    Path spool;

    private S3Client client;
    private String bucket;

    @BeforeEach
    void connect() {
        client = S3Clients.of(new S3Settings(URI.create(MINIO.getS3URL()), "us-east-1", "unused",
                MINIO.getUserName(), MINIO.getPassword()));
        bucket = "documents-" + UUID.randomUUID();
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Override
    DocumentStore store() throws Exception {
        return new S3DocumentStore(client, bucket, spool).createBucketIfAbsent();
    }

    @Override
    int storedDocuments() {
        return client.listObjectsV2(list -> list.bucket(bucket)).keyCount();
    }

    @Override
    void damage(String documentId, byte[] content) {
        client.putObject(put -> put.bucket(bucket).key(S3DocumentStore.keyOf(documentId)), RequestBody.fromBytes(content));
    }
}
