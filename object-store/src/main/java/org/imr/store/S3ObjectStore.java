package org.imr.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects in one bucket of an S3-compatible store (MinIO in the compose deployment), shared by every instance of a
 * service; a write is durable when it returns. {@link #createIfAbsent} is a conditional PUT ({@code If-None-Match: *}):
 * the store refuses it with 412 when the key is taken, so of two writers exactly one succeeds. A store that cannot be
 * reached, or answers 5xx, throws {@link ObjectStoreUnavailableException} (transient: the work is retried).
 */
public class S3ObjectStore implements ObjectStore {

    private static final int PRECONDITION_FAILED = 412;
    private static final int CONFLICT = 409;

    private final S3Client s3;
    private final String bucket;

    public S3ObjectStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Creates the bucket when it does not exist yet (the compose deployment's one-shot set-up). */
    public S3ObjectStore createBucketIfAbsent() {
        unavailableAs("find the bucket", () -> {
            S3Buckets.createIfAbsent(s3, bucket);
            return null;
        });
        return this;
    }

    @Override
    public boolean createIfAbsent(String key, byte[] content) {
        ObjectStore.requireKey(key);
        try {
            unavailableAs("store " + key, () -> s3.putObject(put -> put.bucket(bucket).key(key).ifNoneMatch("*"),
                    RequestBody.fromBytes(content)));
            return true;
        } catch (ObjectStoreUnavailableException e) {
            if (e.getCause() instanceof S3Exception refused
                    && (refused.statusCode() == PRECONDITION_FAILED || refused.statusCode() == CONFLICT)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void put(String key, byte[] content) {
        ObjectStore.requireKey(key);
        unavailableAs("store " + key, () -> s3.putObject(put -> put.bucket(bucket).key(key),
                RequestBody.fromBytes(content)));
    }

    @Override
    public Optional<byte[]> get(String key) {
        ObjectStore.requireKey(key);
        try {
            return Optional.of(unavailableAs("read " + key,
                    () -> s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArray()));
        } catch (ObjectStoreUnavailableException e) {
            if (e.getCause() instanceof NoSuchKeyException
                    || e.getCause() instanceof S3Exception missing && missing.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<String> list(String folder) {
        String prefix = ObjectStore.requireKey(folder) + "/";
        return unavailableAs("list " + folder, () -> s3.listObjectsV2Paginator(list -> list.bucket(bucket)
                .prefix(prefix).delimiter("/")).contents().stream()
                .map(S3Object::key)
                .map(key -> key.substring(prefix.length()))
                .toList());
    }

    /**
     * Runs a call of the store; an SDK failure is thrown as unavailable, its cause kept (callers look at the status of
     * an {@link S3Exception} that is no failure to them: 404, 412).
     */
    private static <T> T unavailableAs(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new ObjectStoreUnavailableException(operation, e);
        }
    }
}
