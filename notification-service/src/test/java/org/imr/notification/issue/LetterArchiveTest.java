package org.imr.notification.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.imr.notification.letter.ReviewOrganisation;
import org.imr.store.LocalFolderObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterArchiveTest {

    private static final LocalDate DECIDED = LocalDate.of(2016, 12, 20);
    private static final String CASE_ID = "5f0c3a3e-1111-3000-8000-000000000001";

    @TempDir
    Path directory;

    private LetterArchive archive() {
        return new LetterArchive(new LocalFolderObjectStore(directory), ReviewOrganisation.MAXIMUS_FEDERAL_SERVICES);
    }

    @Test
    void keepsEveryVersionOfACasesLetterAndServesTheLatest() {
        LetterArchive archive = archive();
        ArchivedLetter first = archive.letterOf("CM15-0123456", "determination-1")
                .save(CASE_ID, DECIDED, "first letter");
        ArchivedLetter second = archive.letterOf("CM15-0123456", "determination-2").save(CASE_ID, DECIDED.plusDays(3),
                "corrected letter");

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(archive.versions("CM15-0123456")).containsExactly(1, 2);
        assertThat(archive.latest("CM15-0123456")).hasValueSatisfying(letter -> {
            assertThat(archive.text(letter)).isEqualTo("corrected letter");
            assertThat(letter.decisionDate()).isEqualTo(DECIDED.plusDays(3));
            assertThat(letter.caseId()).isEqualTo(CASE_ID);
            assertThat(new String(archive.pdf(letter), 0, 5)).isEqualTo("%PDF-");
        });
        assertThat(archive.version("CM15-0123456", 1)).hasValueSatisfying(
                letter -> assertThat(archive.text(letter)).isEqualTo("first letter"));
        assertThat(archive.version("CM15-0123456", 3)).isEmpty();
    }

    @Test
    void aDeterminationIssuedAgainGetsTheVersionItWasGivenEvenAfterARestart() {
        archive().letterOf("CM15-0123456", "determination-1").save(CASE_ID, DECIDED, "first letter");
        archive().letterOf("CM15-0123456", "determination-2").save(CASE_ID, DECIDED, "corrected letter");

        LetterArchive restarted = archive();

        assertThat(restarted.letterOf("CM15-0123456", "determination-2").issued())
                .hasValueSatisfying(letter -> assertThat(letter.version()).isEqualTo(2));
        assertThat(restarted.letterOf("CM15-0123456", "determination-1").save(CASE_ID, DECIDED, "first letter")
                .version())
                .isEqualTo(1);
        assertThat(restarted.versions("CM15-0123456")).containsExactly(1, 2);
        assertThat(restarted.letterOf("CM15-0123456", "determination-3").issued()).isEmpty();
    }

    @Test
    void aVersionArchivedBeforeCaseIdsWereKeptReadsWithoutOne() throws Exception {
        Files.createDirectories(directory.resolve("CM15-0123456"));
        Files.writeString(directory.resolve("CM15-0123456/v1.source"), "determination-0\n" + DECIDED + "\n");
        Files.writeString(directory.resolve("CM15-0123456/v1.txt"), "an early letter");

        assertThat(archive().latest("CM15-0123456")).hasValueSatisfying(letter -> {
            assertThat(letter.caseId()).isNull();
            assertThat(letter.determinationId()).isEqualTo("determination-0");
            assertThat(archive().text(letter)).isEqualTo("an early letter");
        });
    }

    @Test
    void aCaseArchivedInAFolderOfItsOwnKeepsItsVersionsThereAndOtherCasesGoToTheirShards() throws Exception {
        Files.createDirectories(directory.resolve("CM15-0123456"));
        Files.writeString(directory.resolve("CM15-0123456/v1.source"), "determination-0\n" + DECIDED + "\n" + CASE_ID + "\n");
        Files.writeString(directory.resolve("CM15-0123456/v1.txt"), "an earlier letter");

        LetterArchive.DeterminationLetter correcting = archive().letterOf("CM15-0123456", "determination-1");
        ArchivedLetter correction = correcting.save(CASE_ID, DECIDED, "a correction");
        archive().letterOf("CM15-0123499", "determination-2").save(CASE_ID, DECIDED, "another case's letter");
        correcting.markPublished(correction);

        assertThat(correction.version()).isEqualTo(2);
        assertThat(directory.resolve("CM15-0123456/v2.txt")).hasContent("a correction");
        assertThat(directory.resolve("CM15-0123456/v2.published")).exists();
        assertThat(directory.resolve("99/CM15-0123499.v1.txt")).hasContent("another case's letter");
        assertThat(archive().versions("CM15-0123456")).containsExactly(1, 2);
        assertThat(archive().letterOf("CM15-0123456", "determination-1").published()).isTrue();
        assertThat(archive().letterOf("CM15-0123499", "determination-2").published()).isFalse();
    }

    @Test
    void twoInstancesSavingAtOnceNeverNumberAVersionTwice() {
        List<CompletableFuture<ArchivedLetter>> saves = IntStream.range(0, 20)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> archive().letterOf("CM15-0123456", "determination-" + i)
                                .save(CASE_ID, DECIDED, "letter " + i)))
                .toList();

        List<Integer> versions = saves.stream().map(save -> save.join().version()).toList();

        assertThat(versions).doesNotHaveDuplicates().hasSize(20);
        assertThat(archive().versions("CM15-0123456")).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void aVersionClaimedWhoseTextWasNotWrittenGetsItWhenItsDeterminationComesAgain() throws Exception {
        archive().letterOf("CM15-0123456", "determination-1").save(CASE_ID, DECIDED, "letter");
        Files.delete(directory.resolve("56/CM15-0123456.v1.txt"));
        assertThat(archive().versions("CM15-0123456")).isEmpty();

        assertThat(archive().letterOf("CM15-0123456", "determination-1").save(CASE_ID, DECIDED, "letter").version())
                .isEqualTo(1);

        assertThat(archive().versions("CM15-0123456")).containsExactly(1);
    }

    @Test
    void leavesNoTemporaryFilesAndRefusesAMalformedCaseNumber() throws Exception {
        LetterArchive archive = archive();
        archive.letterOf("CM15-0123456", "determination-1").save(CASE_ID, DECIDED, "letter");

        try (var files = Files.list(directory.resolve("56"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("CM15-0123456.v1.txt", "CM15-0123456.v1.source");
        }
        assertThat(directory.resolve("CM15-0123456")).doesNotExist();
        assertThat(archive.latest("../etc")).isEmpty();
        assertThat(archive.versions("no-such-case")).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> archive.letterOf("../etc", "d").save(CASE_ID, DECIDED, "letter"));
    }
}
