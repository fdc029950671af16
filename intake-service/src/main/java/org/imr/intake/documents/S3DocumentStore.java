package org.imr.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.imr.store.S3Buckets;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Documents as objects of one bucket of an S3-compatible store (MinIO in the compose deployment), keyed like the local
 * folder: {@code {first two hex digits}/{sha256}{.pdf|.txt}}. The content is spooled to a temporary file while hashed
 * (a document is never held whole in memory and its key is its hash), then a HEAD finds whether it is there already:
 * if so it is not sent again; if not it is PUT with its SHA-256 ({@code x-amz-checksum-sha256}) and MD5
 * ({@code Content-MD5}), which the store verifies before keeping it. Read back, the content is checked against its
 * SHA-256.
 */
public class S3DocumentStore implements DocumentStore {

    static final String SHA256_METADATA = "sha256";

    private final S3Client s3;
    private final String bucket;
    private final Path spool;

    public S3DocumentStore(S3Client s3, String bucket, Path spool) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.spool = Files.createDirectories(spool);
    }

    /** Creates the bucket when it does not exist yet (the compose deployment's one-shot set-up). */
    public S3DocumentStore createBucketIfAbsent() {
        S3Buckets.createIfAbsent(s3, bucket);
        return this;
    }

    @Override
    public StoredDocument save(InputStream content, DocumentType type) throws IOException {
        Path temporary = Files.createTempFile(spool, "document-", ".part");
        try {
            MessageDigest md5 = Digests.md5();
            DigestInputStream hashing = new DigestInputStream(new DigestInputStream(content, md5), Digests.sha256());
            long size;
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                size = hashing.transferTo(out);
            }
            byte[] sha256 = hashing.getMessageDigest().digest();
            String sha256Hex = HexFormat.of().formatHex(sha256);
            String documentId = StoredDocument.idOf(sha256Hex, type);
            if (head(documentId).isPresent()) {
                return new StoredDocument(documentId, type, size, sha256Hex, false);
            }
            String md5Base64 = Base64.getEncoder().encodeToString(md5.digest());
            unavailableAs("store the document", () -> s3.putObject(put -> put.bucket(bucket).key(keyOf(documentId))
                    .contentType(type.mediaType())
                    .contentLength(size)
                    .checksumSHA256(Base64.getEncoder().encodeToString(sha256))
                    .contentMD5(md5Base64)
                    .metadata(Map.of(SHA256_METADATA, sha256Hex)), RequestBody.fromFile(temporary)));
            return new StoredDocument(documentId, type, size, sha256Hex, true);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<StoredDocument> find(String documentId) {
        if (!StoredDocument.isDocumentId(documentId)) {
            return Optional.empty();
        }
        return head(documentId).flatMap(object -> StoredDocument.existing(documentId, object.contentLength()));
    }

    @Override
    public InputStream open(StoredDocument document) {
        InputStream content = unavailableAs("read the document",
                () -> s3.getObject(get -> get.bucket(bucket).key(keyOf(document.documentId()))));
        return new Sha256VerifyingInputStream(content, document.documentId(), document.sha256());
    }

    /** The object's key: the document id under a folder of its first two hex digits, as the local store does. */
    static String keyOf(String documentId) {
        return documentId.substring(0, 2) + "/" + documentId;
    }

    private Optional<HeadObjectResponse> head(String documentId) {
        try {
            return Optional.of(s3.headObject(head -> head.bucket(bucket).key(keyOf(documentId))));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new DocumentStoreUnavailableException("look the document up", e);
        } catch (SdkException e) {
            throw new DocumentStoreUnavailableException("look the document up", e);
        }
    }

    private static <T> T unavailableAs(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new DocumentStoreUnavailableException(operation, e);
        }
    }
}
