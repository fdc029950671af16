package org.imr.notification.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.imr.store.LocalFolderObjectStore;
import org.imr.store.ObjectStore;
import org.imr.store.S3ObjectStore;
import org.imr.testsupport.InProcessS3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code imr.letters.store} chooses where letters are kept: a local folder by default, an S3 bucket with {@code s3}. */
class LetterArchiveConfigurationTest {

    @TempDir
    Path directory;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Letters.class, LetterArchiveConfiguration.class)
            .withPropertyValues("imr.letters.directory=" + directory, "imr.letters.organisation-name=MAXIMUS Federal Services",
                    "imr.letters.organisation-short-name=MAXIMUS", "imr.letters.zone=America/Los_Angeles",
                    "imr.letters.issuers=1");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LetterProperties.class)
    static class Letters {
    }

    @Test
    void theLocalFolderIsTheDefault() {
        context.run(c -> assertThat(c).getBean(ObjectStore.class).isInstanceOf(LocalFolderObjectStore.class));
    }

    @Test
    void theEnvironmentVariablesOfTheComposeDeploymentKeepTheLettersInTheS3BucketEveryInstanceShares() throws Exception {
        try (InProcessS3Server server = new InProcessS3Server()) {
            Map<String, Object> composeEnvironment = Map.of(
                    "IMR_LETTERS_STORE", "s3",
                    "IMR_LETTERS_S3_ENDPOINT", server.endpoint().toString(),
                    "IMR_LETTERS_S3_BUCKET", "imr-letters",
                    "IMR_LETTERS_S3_ACCESSKEY", "imr-documents",
                    "IMR_LETTERS_S3_SECRETKEY", "imr-documents-dev-only");
            // Named like Boot's system environment ("...-systemEnvironment") so that it binds as the real one does.
            context.withInitializer(c -> c.getEnvironment().getPropertySources()
                    .addFirst(new SystemEnvironmentPropertySource("compose-systemEnvironment", composeEnvironment)))
                    .withPropertyValues("imr.letters.s3.region=us-east-1")
                    .run(c -> {
                        assertThat(c).getBean(ObjectStore.class).isInstanceOf(S3ObjectStore.class);
                        assertThat(server.hasBucket("imr-letters")).isTrue();
                        LetterArchive archive = c.getBean(LetterArchive.class);
                        ArchivedLetter letter = archive.letterOf("CM15-0123456", "determination-1")
                                .save("5f0c3a3e-1111-3000-8000-000000000001", LocalDate.of(2016, 12, 20),
                                        "letter text");
                        assertThat(server.objects()).containsKeys("imr-letters/56/CM15-0123456.v1.txt",
                                "imr-letters/56/CM15-0123456.v1.source");
                        assertThat(archive.versions("CM15-0123456")).containsExactly(1);
                        assertThat(archive.text(letter)).isEqualTo("letter text");
                    });
        }
    }

    @Test
    void s3WithoutItsEndpointFailsAtStartUp() {
        context.withPropertyValues("imr.letters.store=s3", "imr.letters.s3.region=us-east-1",
                "imr.letters.s3.bucket=letters").run(c -> assertThat(c).hasFailed());
    }
}
