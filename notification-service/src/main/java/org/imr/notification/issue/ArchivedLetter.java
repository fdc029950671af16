package org.imr.notification.issue;

import java.nio.file.Files;
import java.nio.file.Path;

/** One version of a case's letter in the {@link LetterArchive}. */
public record ArchivedLetter(String caseNumber, int version, Path folder) {

    public String text() {
        return DurableFiles.readText(file("txt"));
    }

    public byte[] pdf() {
        return DurableFiles.read(file("pdf"));
    }

    public boolean published() {
        return Files.exists(file("published"));
    }

    Path file(String extension) {
        return folder.resolve("v" + version + "." + extension);
    }
}
