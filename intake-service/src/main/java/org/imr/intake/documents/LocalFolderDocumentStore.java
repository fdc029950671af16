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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Documents as files in a local folder, {@code {root}/{first two hex digits}/{sha256}{.pdf|.txt}}. The content is written
 * to a temporary file in {@code {root}/.incoming} while its hash is computed, forced to disk, then moved into place
 * atomically: a reader never sees half a document, and a document already there is not written again.
 */
public class LocalFolderDocumentStore implements DocumentStore {

    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}\\.(pdf|txt)");

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
            DigestInputStream hashing = new DigestInputStream(content, sha256());
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
        if (!DOCUMENT_ID.matcher(documentId).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(documentId);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        DocumentType type = DocumentType.ofDocumentId(documentId).orElseThrow();
        String sha256 = documentId.substring(0, documentId.length() - type.extension().length());
        return Optional.of(new StoredDocument(documentId, type, Files.size(path), sha256, false));
    }

    @Override
    public InputStream open(StoredDocument document) throws IOException {
        return Files.newInputStream(pathOf(document.documentId()));
    }

    private Path pathOf(String documentId) {
        return root.resolve(documentId.substring(0, 2)).resolve(documentId);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
