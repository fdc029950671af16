package org.imr.store;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Where an S3-compatible store is: addressed path-style ({@code {endpoint}/{bucket}/{key}}), as MinIO and most
 * S3-compatible stores expect.
 *
 * @param endpoint the store's URL, e.g. {@code http://minio:9000}
 * @param region the signing region (MinIO accepts any; {@code us-east-1} by default)
 * @param bucket the bucket, created at start-up when absent
 * @param accessKey the access key id
 * @param secretKey the secret key
 */
public record S3Settings(@NotNull URI endpoint, @NotBlank String region, @NotBlank String bucket,
        @NotBlank String accessKey, @NotBlank String secretKey) {

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + "]";
    }
}
