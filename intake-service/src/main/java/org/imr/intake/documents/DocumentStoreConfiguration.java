package org.imr.intake.documents;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local folder store ({@code imr.intake.documents.directory}) unless another {@link DocumentStore} is defined. */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(DocumentStore.class)
    DocumentStore localFolderDocumentStore(@Value("${imr.intake.documents.directory}") Path directory)
            throws IOException {
        return new LocalFolderDocumentStore(directory);
    }
}
