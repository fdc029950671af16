package org.imr.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.imr.testsupport.InProcessS3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code imr.intake.documents.store} chooses the store: the local folder by default, an S3 bucket with {@code s3}. */
class DocumentStoreConfigurationTest {

    @TempDir
    Path directory;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DocumentStoreConfiguration.class);

    @Test
    void theLocalFolderIsTheDefault() {
        context.withPropertyValues("imr.intake.documents.directory=" + directory)
                .run(c -> assertThat(c).getBean(DocumentStore.class).isInstanceOf(LocalFolderDocumentStore.class));
    }

    @Test
    void s3ChoosesTheBucketOfTheConfiguredEndpointAndCreatesIt() throws Exception {
        try (InProcessS3Server server = new InProcessS3Server()) {
            context.withPropertyValues("imr.intake.documents.store=s3",
                    "imr.intake.documents.s3.endpoint=" + server.endpoint(),
                    "imr.intake.documents.s3.region=us-east-1",
                    "imr.intake.documents.s3.bucket=case-files",
                    "imr.intake.documents.s3.access-key=test-access",
                    "imr.intake.documents.s3.secret-key=test-secret",
                    "imr.intake.documents.s3.spool-directory=" + directory)
                    .run(c -> {
                        assertThat(c).getBean(DocumentStore.class).isInstanceOf(S3DocumentStore.class);
                        assertThat(server.hasBucket("case-files")).isTrue();
                    });
        }
    }

    @Test
    void theEnvironmentVariablesOfTheComposeDeploymentBindTheS3Store() throws Exception {
        try (InProcessS3Server server = new InProcessS3Server()) {
            Map<String, Object> composeEnvironment = Map.of(
                    "IMR_INTAKE_DOCUMENTS_STORE", "s3",
                    "IMR_INTAKE_DOCUMENTS_S3_ENDPOINT", server.endpoint().toString(),
                    "IMR_INTAKE_DOCUMENTS_S3_BUCKET", "imr-documents",
                    "IMR_INTAKE_DOCUMENTS_S3_ACCESSKEY", "imr-documents",
                    "IMR_INTAKE_DOCUMENTS_S3_SECRETKEY", "imr-documents-dev-only");
            // Named like Boot's system environment ("...-systemEnvironment") so that it binds as the real one does.
            context.withInitializer(c -> c.getEnvironment().getPropertySources()
                    .addFirst(new SystemEnvironmentPropertySource("compose-systemEnvironment", composeEnvironment)))
                    .withPropertyValues("imr.intake.documents.s3.region=us-east-1",
                            "imr.intake.documents.s3.spool-directory=" + directory)
                    .run(c -> {
                        assertThat(c).getBean(DocumentStore.class).isInstanceOf(S3DocumentStore.class);
                        assertThat(c.getBean(S3DocumentStoreProperties.class).accessKey()).isEqualTo("imr-documents");
                        assertThat(server.hasBucket("imr-documents")).isTrue();
                    });
        }
    }

    @Test
    void s3WithoutItsEndpointFailsAtStartUp() {
        context.withPropertyValues("imr.intake.documents.store=s3", "imr.intake.documents.s3.region=us-east-1",
                "imr.intake.documents.s3.bucket=case-files", "imr.intake.documents.s3.spool-directory=" + directory)
                .run(c -> assertThat(c).hasFailed());
    }
}
