package org.imr.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The empty file that a {@link LocalFolderObjectStore}'s empty objects are hard links to, in the store's root folder.
 * Its name is no key ({@code ~} is not a key's character), so no object can take it, and it is this process's own: a
 * writer never links to a file another process may replace. When the file system refuses one more link to it (ext4
 * allows 65,000) or it was deleted, the next one is made. Objects are never written in place, so a link shared by
 * many keys is never changed through one of them: {@code put} replaces a key's link by a rename.
 */
final class SharedEmptyFile {

    private static final String PREFIX = "~empty-";

    private final Path root;
    private final String writer;
    private Path current;
    private int generation;

    SharedEmptyFile(Path root, String writer) {
        this.root = root;
        this.writer = writer;
    }

    /** Whether a name in a folder is one of these files (never an object). */
    static boolean isOne(String name) {
        return name.startsWith(PREFIX);
    }

    /**
     * Links the target to the shared empty file, creating the target's folder when it is the first object there;
     * throws {@link FileAlreadyExistsException} when the target's name is taken.
     */
    synchronized void linkAs(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path file = current();
            try {
                Files.createLink(target, file);
                return;
            } catch (FileAlreadyExistsException taken) {
                throw taken;
            } catch (NoSuchFileException missing) {
                if (attempt > 2) {
                    throw missing;
                }
                if (!Files.isDirectory(target.getParent())) {
                    Files.createDirectories(target.getParent());
                } else {
                    next(); // the shared file was deleted
                }
            } catch (FileSystemException tooManyLinks) {
                if (attempt > 2) {
                    throw tooManyLinks;
                }
                next();
            }
        }
    }

    private Path current() throws IOException {
        if (current == null) {
            next();
        }
        return current;
    }

    private void next() throws IOException {
        Path file = root.resolve(PREFIX + writer + "-" + (++generation));
        try {
            current = Files.createFile(file);
        } catch (FileAlreadyExistsException made) {
            current = file; // made by another store of this process on the same folder: empty as well
        }
    }
}
