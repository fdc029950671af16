package org.imr.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderDocumentStoreTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    @Test
    void aDocumentIsStoredUnderItsHashAndReadBackUnchanged() throws Exception {
        LocalFolderDocumentStore store = new LocalFolderDocumentStore(root);

        StoredDocument stored = store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(stored.sha256()).isEqualTo(sha256);
        assertThat(stored.documentId()).isEqualTo(sha256 + ".pdf");
        assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
        assertThat(stored.newlyStored()).isTrue();
        assertThat(stored.uri()).isEqualTo("/documents/" + sha256 + ".pdf");
        StoredDocument found = store.find(stored.documentId()).orElseThrow();
        assertThat(found.type()).isEqualTo(DocumentType.PDF);
        assertThat(found.sizeBytes()).isEqualTo(PDF.length);
        try (InputStream in = store.open(found)) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void theSameDocumentSentTwiceIsStoredOnce() throws Exception {
        LocalFolderDocumentStore store = new LocalFolderDocumentStore(root);

        StoredDocument first = store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);
        StoredDocument second = store.save(new ByteArrayInputStream(PDF), DocumentType.PDF);

        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.newlyStored()).isFalse();
        assertThat(documentFiles()).hasSize(1);
        assertThat(incomingFiles()).isEmpty();
    }

    @Test
    void aDocumentPastTheLimitLeavesNothingBehind() throws Exception {
        LocalFolderDocumentStore store = new LocalFolderDocumentStore(root);
        byte[] text = "x".repeat(5_000).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> store.save(new SizeLimitedInputStream(new ByteArrayInputStream(text), 4_096),
                DocumentType.TEXT))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessageContaining("4096 bytes");

        assertThat(documentFiles()).isEmpty();
        assertThat(incomingFiles()).isEmpty();
    }

    @Test
    void anIdThatIsNoHashFindsNothing() throws Exception {
        LocalFolderDocumentStore store = new LocalFolderDocumentStore(root);

        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThat(store.find("0".repeat(64) + ".pdf")).isEmpty();
    }

    private List<Path> documentFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith(".incoming")).toList();
        }
    }

    private List<Path> incomingFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(".incoming"))) {
            return files.toList();
        }
    }
}
