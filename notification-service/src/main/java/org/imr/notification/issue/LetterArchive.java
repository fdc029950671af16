package org.imr.notification.issue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** Issued letters as files, one per case, written atomically; a marker records that the letter was published. */
@Component
public class LetterArchive {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Path directory;

    public LetterArchive(LetterProperties properties) {
        this.directory = properties.directory();
    }

    public Path save(String caseId, String letter) {
        Path target = letterFile(caseId);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, caseId, ".tmp");
            Files.writeString(temporary, letter, StandardCharsets.UTF_8);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot archive the letter of case " + caseId, e);
        }
    }

    public Optional<String> find(String caseId) {
        if (!SAFE_ID.matcher(caseId).matches()) {
            return Optional.empty();
        }
        try {
            Path file = letterFile(caseId);
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letter of case " + caseId, e);
        }
    }

    public boolean published(String caseId) {
        return Files.exists(publishedMarker(caseId));
    }

    public void markPublished(String caseId) {
        try {
            Files.writeString(publishedMarker(caseId), "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the letter of case " + caseId + " published", e);
        }
    }

    public Path letterFile(String caseId) {
        if (!SAFE_ID.matcher(caseId).matches()) {
            throw new IllegalArgumentException("Not a case id: " + caseId);
        }
        return directory.resolve(caseId + ".txt");
    }

    private Path publishedMarker(String caseId) {
        return directory.resolve(caseId + ".published");
    }
}
