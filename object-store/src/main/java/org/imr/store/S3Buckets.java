package org.imr.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The buckets of the S3-compatible stores, created by the services at start-up (the compose deployment's set-up). */
public final class S3Buckets {

    private static final Logger log = LoggerFactory.getLogger(S3Buckets.class);

    private S3Buckets() {
    }

    /** Creates the bucket when it does not exist yet; another instance creating it at the same time is no failure. */
    public static void createIfAbsent(S3Client s3, String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            try {
                s3.createBucket(b -> b.bucket(bucket));
                log.info("Bucket {} created", bucket);
            } catch (BucketAlreadyOwnedByYouException anotherInstanceCreatedIt) {
                log.info("Bucket {} created by another instance", bucket);
            }
        }
    }
}
