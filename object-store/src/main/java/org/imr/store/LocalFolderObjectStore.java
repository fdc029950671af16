package org.imr.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Objects as files under a folder, the key their path: for the local run and one machine. A write goes to a temporary
 * file beside its target, then takes the target's name in one step: a rename for {@link #put}, a hard link (which
 * fails when the name is taken) for {@link #createIfAbsent}; a crash leaves whole files or none. An empty object (a
 * marker, such as a letter's "published") is a hard link to an empty file that this store's empty objects share
 * ({@link SharedEmptyFile}): creating a file costs the file system an inode, which on this machine's ext4 was a ninth
 * of the notification service's CPU for each file of a letter, and a link costs none.
 *
 * <p>Files are not forced to disk one by one (here an fsync took 3.5 to 5 ms, which would cap a writer at a few hundred
 * objects a second): their durability is the page cache's, as the broker's own log is (Kafka does not fsync either;
 * it relies on replicas). A process killed keeps every write; a machine that loses power may lose the last seconds'.
 * Where that matters, the S3-compatible store is durable when a write returns.
 */
public class LocalFolderObjectStore implements ObjectStore {

    private static final String TEMPORARY = ".tmp-";
    /** This process's temporary files: a random prefix drawn once (processes sharing a folder may share a pid). */
    private static final String WRITER = UUID.randomUUID().toString();
    private static final AtomicLong TEMPORARIES = new AtomicLong();

    private final Path root;
    private final SharedEmptyFile empty;

    public LocalFolderObjectStore(Path root) {
        try {
            this.root = Files.createDirectories(root.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the object folder " + root, e);
        }
        this.empty = new SharedEmptyFile(this.root, WRITER);
    }

    @Override
    public boolean createIfAbsent(String key, byte[] content) {
        Path target = pathOf(key);
        if (content.length == 0) {
            try {
                empty.linkAs(target);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot store " + key, e);
            }
        }
        Path temporary = temporaryBeside(target, content);
        try {
            Files.createLink(target, temporary);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = pathOf(key);
        if (content.length == 0) {
            putEmpty(key, target);
            return;
        }
        Path temporary = temporaryBeside(target, content);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }

    /** An empty object is a link to the shared empty file, taking the key's name in one step (replacing any object). */
    private void putEmpty(String key, Path target) {
        try {
            empty.linkAs(target);
        } catch (FileAlreadyExistsException taken) {
            Path temporary = temporaryNameBeside(target);
            try {
                empty.linkAs(temporary);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                deleteQuietly(temporary);
                throw new UncheckedIOException("Cannot store " + key, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(pathOf(key)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }

    @Override
    public List<String> list(String folder) {
        Path directory = pathOf(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(TEMPORARY) && !SharedEmptyFile.isOne(name)).toList();
        } catch (NoSuchFileException gone) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private Path pathOf(String key) {
        return root.resolve(ObjectStore.requireKey(key));
    }

    /**
     * A new file beside the target holding the content. Its name is unique to this process (a prefix drawn once and a
     * counter), so it costs no random number nor file attributes per file ({@code Files.createTempFile} spent most of
     * a letter's archiving in both).
     */
    private static Path temporaryBeside(Path target, byte[] content) {
        Path temporary = temporaryNameBeside(target);
        try {
            writeMakingItsFolder(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return temporary;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot write beside " + target.getFileName(), e);
        }
    }

    /** A name beside the target for a file of this process's own, skipped by {@link #list}. */
    private static Path temporaryNameBeside(Path target) {
        return target.resolveSibling(TEMPORARY + WRITER + "-" + TEMPORARIES.incrementAndGet());
    }

    /** Writes the file, creating its folder first when it is the first object there. */
    private static void writeMakingItsFolder(Path file, byte[] content, OpenOption... options) throws IOException {
        try {
            Files.write(file, content, options);
        } catch (NoSuchFileException firstInItsFolder) {
            Files.createDirectories(file.getParent());
            Files.write(file, content, options);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is skipped by list() and harmless
        }
    }
}
