package org.imr.notification.issue;

import org.imr.store.LocalFolderObjectStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letter archive in the folder {@code imr.letters.directory}. */
@Configuration(proxyBeanMethods = false)
class LetterArchiveConfiguration {

    @Bean
    LetterArchive letterArchive(LetterProperties properties) {
        return new LetterArchive(new LocalFolderObjectStore(properties.directory()), properties.organisation());
    }
}
