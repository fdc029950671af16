package org.imr.notification.issue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Every issued letter, by case number and version, as files: {@code <case number>/v<n>.txt} and {@code .pdf}, with
 * {@code v<n>.source} naming the determination it was issued from and {@code v<n>.published} once it was published.
 * A correction of a determination is issued as the next version; earlier versions are never overwritten. Every file
 * is written to a temporary file, forced to disk and moved into place atomically, so a crash leaves whole files.
 */
@Component
public class LetterArchive {

    private static final Pattern SAFE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.txt");

    private final Path directory;

    public LetterArchive(LetterProperties properties) {
        this.directory = properties.directory();
    }

    /** Keeps the letter as the case's next version; returns that version. */
    public ArchivedLetter save(String caseNumber, String determinationId, String text, byte[] pdf) {
        int version = versions(caseNumber).stream().max(Integer::compare).orElse(0) + 1;
        Path folder = folder(caseNumber);
        DurableFiles.write(folder.resolve("v" + version + ".pdf"), pdf);
        DurableFiles.write(folder.resolve("v" + version + ".source"), determinationId.getBytes(StandardCharsets.UTF_8));
        DurableFiles.write(folder.resolve("v" + version + ".txt"), text.getBytes(StandardCharsets.UTF_8));
        return new ArchivedLetter(caseNumber, version, folder);
    }

    /** The version issued from this determination, if one was. */
    public Optional<ArchivedLetter> issuedFrom(String caseNumber, String determinationId) {
        return versions(caseNumber).stream()
                .map(version -> new ArchivedLetter(caseNumber, version, folder(caseNumber)))
                .filter(letter -> determinationId.equals(DurableFiles.readText(letter.file("source"))))
                .findFirst();
    }

    public Optional<ArchivedLetter> latest(String caseNumber) {
        return versions(caseNumber).stream().max(Integer::compare)
                .map(version -> new ArchivedLetter(caseNumber, version, folder(caseNumber)));
    }

    public Optional<ArchivedLetter> version(String caseNumber, int version) {
        return versions(caseNumber).contains(version)
                ? Optional.of(new ArchivedLetter(caseNumber, version, folder(caseNumber)))
                : Optional.empty();
    }

    /** The case's versions in ascending order; none for an unknown or malformed case number. */
    public List<Integer> versions(String caseNumber) {
        if (!SAFE_NUMBER.matcher(caseNumber).matches() || !Files.isDirectory(directory.resolve(caseNumber))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory.resolve(caseNumber))) {
            return files.map(file -> VERSION_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> Integer.parseInt(matcher.group(1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the letters of case " + caseNumber, e);
        }
    }

    public void markPublished(ArchivedLetter letter) {
        DurableFiles.write(letter.file("published"), new byte[0]);
    }

    private Path folder(String caseNumber) {
        if (!SAFE_NUMBER.matcher(caseNumber).matches()) {
            throw new IllegalArgumentException("Not a case number: " + caseNumber);
        }
        return directory.resolve(caseNumber);
    }
}
