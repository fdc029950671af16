package org.imr.notification.issue;

import org.imr.store.LocalFolderObjectStore;
import org.imr.store.ObjectStore;
import org.imr.store.S3Clients;
import org.imr.store.S3ObjectStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The letter archive in the letter store of {@code imr.letters.store}: {@code local} (the default), the folder
 * {@code imr.letters.directory}, for one machine; {@code s3}, the bucket of an S3-compatible store
 * ({@code imr.letters.s3.*}) that every instance of the service shares, created at start-up when absent.
 */
@Configuration(proxyBeanMethods = false)
class LetterArchiveConfiguration {

    @Bean
    LetterArchive letterArchive(ObjectStore letterStore, LetterProperties properties) {
        return new LetterArchive(letterStore, properties.organisation());
    }

    @Bean
    @ConditionalOnMissingBean(ObjectStore.class)
    @ConditionalOnProperty(name = "imr.letters.store", havingValue = "local", matchIfMissing = true)
    ObjectStore localLetterStore(LetterProperties properties) {
        return new LocalFolderObjectStore(properties.directory());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "imr.letters.store", havingValue = "s3")
    @EnableConfigurationProperties(LetterStoreS3Properties.class)
    static class S3Store {

        @Bean(destroyMethod = "close")
        S3Client letterStoreS3Client(LetterStoreS3Properties properties) {
            return S3Clients.of(properties.settings());
        }

        @Bean
        @ConditionalOnMissingBean(ObjectStore.class)
        ObjectStore s3LetterStore(S3Client letterStoreS3Client, LetterStoreS3Properties properties) {
            return new S3ObjectStore(letterStoreS3Client, properties.bucket()).createBucketIfAbsent();
        }
    }
}
