package org.imr.intake.documents;

import java.io.IOException;
import java.nio.file.Path;

import org.imr.store.S3Clients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The document store of {@code imr.intake.documents.store}: {@code local} (the default), the folder
 * {@code imr.intake.documents.directory}; {@code s3}, the bucket of an S3-compatible store
 * ({@code imr.intake.documents.s3.*}), created at start-up when absent. Another {@link DocumentStore} bean wins.
 */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(DocumentStore.class)
    @ConditionalOnProperty(name = "imr.intake.documents.store", havingValue = "local", matchIfMissing = true)
    DocumentStore localFolderDocumentStore(@Value("${imr.intake.documents.directory}") Path directory)
            throws IOException {
        return new LocalFolderDocumentStore(directory);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "imr.intake.documents.store", havingValue = "s3")
    @EnableConfigurationProperties(S3DocumentStoreProperties.class)
    static class S3Store {

        @Bean(destroyMethod = "close")
        S3Client documentStoreS3Client(S3DocumentStoreProperties properties) {
            return S3Clients.of(properties.settings());
        }

        @Bean
        @ConditionalOnMissingBean(DocumentStore.class)
        DocumentStore s3DocumentStore(S3Client documentStoreS3Client, S3DocumentStoreProperties properties)
                throws IOException {
            return new S3DocumentStore(documentStoreS3Client, properties.bucket(), properties.spoolDirectory())
                    .createBucketIfAbsent();
        }
    }
}
