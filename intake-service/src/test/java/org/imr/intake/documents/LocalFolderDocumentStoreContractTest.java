package org.imr.intake.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;

/** The document store contract, against the local folder store. */
class LocalFolderDocumentStoreContractTest extends DocumentStoreContract {

    @TempDir
    Path root;

    @Override
    DocumentStore store() throws Exception {
        return new LocalFolderDocumentStore(root);
    }

    @Override
    int storedDocuments() throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return (int) files.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith(".incoming")).count();
        }
    }

    @Override
    void damage(String documentId, byte[] content) throws Exception {
        Files.write(root.resolve(documentId.substring(0, 2)).resolve(documentId), content);
    }
}
