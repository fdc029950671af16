package org.imr.notification.issue;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.imr.store.S3Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where the letters are kept with {@code imr.letters.store=s3} (see {@link S3Settings}). */
@Validated
@ConfigurationProperties("imr.letters.s3")
public record LetterStoreS3Properties(@NotNull URI endpoint, @NotBlank String region, @NotBlank String bucket,
        @NotBlank String accessKey, @NotBlank String secretKey) {

    S3Settings settings() {
        return new S3Settings(endpoint, region, bucket, accessKey, secretKey);
    }

    @Override
    public String toString() {
        return settings().toString();
    }
}
