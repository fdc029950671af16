package org.imr.intake.documents;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.imr.store.S3Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the S3-compatible document store is ({@code imr.intake.documents.store=s3}): addressed path-style
 * ({@code {endpoint}/{bucket}/{key}}), as MinIO and most S3-compatible stores expect.
 *
 * @param endpoint the store's URL, e.g. {@code http://minio:9000}
 * @param region the signing region (MinIO accepts any; {@code us-east-1} by default)
 * @param bucket the bucket of the documents, created at start-up when absent
 * @param accessKey the access key id
 * @param secretKey the secret key
 * @param spoolDirectory where a document is spooled while it is hashed, before it is sent
 */
@Validated
@ConfigurationProperties("imr.intake.documents.s3")
public record S3DocumentStoreProperties(@NotNull URI endpoint, @NotBlank String region, @NotBlank String bucket,
        @NotBlank String accessKey, @NotBlank String secretKey, @NotNull Path spoolDirectory) {

    S3Settings settings() {
        return new S3Settings(endpoint, region, bucket, accessKey, secretKey);
    }

    @Override
    public String toString() {
        return "S3DocumentStoreProperties[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + "]";
    }
}
