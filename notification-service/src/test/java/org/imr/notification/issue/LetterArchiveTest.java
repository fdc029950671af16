package org.imr.notification.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterArchiveTest {

    @TempDir
    Path directory;

    private LetterArchive archive() {
        return new LetterArchive(new LetterProperties(directory, "MAXIMUS Federal Services", "MAXIMUS", null, null));
    }

    @Test
    void keepsEveryVersionOfACasesLetterAndServesTheLatest() {
        LetterArchive archive = archive();
        ArchivedLetter first = archive.save("CM15-0123456", "determination-1", "first letter", new byte[] {1});
        ArchivedLetter second = archive.save("CM15-0123456", "determination-2", "corrected letter", new byte[] {2});

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(archive.versions("CM15-0123456")).containsExactly(1, 2);
        assertThat(archive.latest("CM15-0123456")).hasValueSatisfying(letter -> {
            assertThat(letter.text()).isEqualTo("corrected letter");
            assertThat(letter.pdf()).containsExactly(2);
        });
        assertThat(archive.version("CM15-0123456", 1)).hasValueSatisfying(
                letter -> assertThat(letter.text()).isEqualTo("first letter"));
        assertThat(archive.version("CM15-0123456", 3)).isEmpty();
    }

    @Test
    void survivesARestartAndFindsTheVersionIssuedFromADetermination() {
        archive().save("CM15-0123456", "determination-1", "first letter", new byte[] {1});
        ArchivedLetter second = archive().save("CM15-0123456", "determination-2", "corrected letter", new byte[] {2});
        archive().markPublished(second);

        LetterArchive restarted = archive();

        assertThat(restarted.issuedFrom("CM15-0123456", "determination-2")).hasValueSatisfying(letter -> {
            assertThat(letter.version()).isEqualTo(2);
            assertThat(letter.published()).isTrue();
        });
        assertThat(restarted.issuedFrom("CM15-0123456", "determination-1"))
                .hasValueSatisfying(letter -> assertThat(letter.published()).isFalse());
        assertThat(restarted.issuedFrom("CM15-0123456", "determination-3")).isEmpty();
    }

    @Test
    void leavesNoTemporaryFilesAndRefusesAMalformedCaseNumber() throws Exception {
        LetterArchive archive = archive();
        archive.save("CM15-0123456", "determination-1", "letter", new byte[] {1});

        try (var files = Files.list(directory.resolve("CM15-0123456"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("v1.txt", "v1.pdf", "v1.source");
        }
        assertThat(archive.latest("../etc")).isEmpty();
        assertThat(archive.versions("no-such-case")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> archive.save("../etc", "d", "letter", new byte[0]));
    }
}
