package org.imr.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Documents as files in a local folder, {@code {root}/{first two hex digits}/{sha256}{.pdf|.txt}}. The content is written
 * to a temporary file in {@code {root}/.incoming} while its hash is computed, forced to disk, then moved into place
 * atomically: a reader never sees half a document, and a document already there is not written again. Read back, the
 * content is checked against its SHA-256.
 */
public class LocalFolderDocumentStore implements DocumentStore {

    private final Path root;
    private final Path incoming;

    public LocalFolderDocumentStore(Path root) throws IOException {
        this.root = root;
        this.incoming = Files.createDirectories(root.resolve(".incoming"));
    }

    @Override
    public StoredDocument save(InputStream content, DocumentType type) throws IOException {
        Path temporary = Files.createTempFile(incoming, "document-", ".part");
        try {
            DigestInputStream hashing = new DigestInputStream(content, Digests.sha256());
            long size;
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                size = hashing.transferTo(out);
            }
            force(temporary);
            String sha256 = HexFormat.of().formatHex(hashing.getMessageDigest().digest());
            StoredDocument document = new StoredDocument(StoredDocument.idOf(sha256, type), type, size, sha256, true);
            Path target = pathOf(document.documentId());
            if (Files.exists(target)) {
                return new StoredDocument(document.documentId(), type, size, sha256, false);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException sameDocumentAtTheSameTime) {
                return new StoredDocument(document.documentId(), type, size, sha256, false);
            }
            return document;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<StoredDocument> find(String documentId) throws IOException {
        if (!StoredDocument.isDocumentId(documentId) || !Files.isRegularFile(pathOf(documentId))) {
            return Optional.empty();
        }
        return StoredDocument.existing(documentId, Files.size(pathOf(documentId)));
    }

    @Override
    public InputStream open(StoredDocument document) throws IOException {
        return new Sha256VerifyingInputStream(Files.newInputStream(pathOf(document.documentId())), document.documentId(),
                document.sha256());
    }

    private Path pathOf(String documentId) {
        return root.resolve(documentId.substring(0, 2)).resolve(documentId);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
