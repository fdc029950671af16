package org.imr.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
    void s3WithoutItsEndpointFailsAtStartUp() {
        context.withPropertyValues("imr.intake.documents.store=s3", "imr.intake.documents.s3.region=us-east-1",
                "imr.intake.documents.s3.bucket=case-files", "imr.intake.documents.s3.spool-directory=" + directory)
                .run(c -> assertThat(c).hasFailed());
    }
}
