package org.imr.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentContentTest {

    @Test
    void aPdfAndATextPassUnchanged() throws Exception {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        byte[] text = "Progress note, 2016-11-01: neck pain 6/10.".getBytes(StandardCharsets.UTF_8);

        try (InputStream in = DocumentContent.checked(new ByteArrayInputStream(pdf), DocumentType.PDF)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        try (InputStream in = DocumentContent.checked(new ByteArrayInputStream(text), DocumentType.TEXT)) {
            assertThat(in.readAllBytes()).isEqualTo(text);
        }
    }

    @Test
    void contentThatIsNotWhatItsTypeSaysIsRejected() {
        assertThatThrownBy(() -> DocumentContent.checked(
                new ByteArrayInputStream("just text".getBytes(StandardCharsets.US_ASCII)), DocumentType.PDF))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("%PDF-");
        assertThatThrownBy(() -> DocumentContent.checked(new ByteArrayInputStream(new byte[] {'a', 0, 'b'}),
                DocumentType.TEXT))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> DocumentContent.checked(new ByteArrayInputStream(new byte[0]), DocumentType.TEXT))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("empty");
    }

    @Test
    void onlyPdfAndPlainTextAreDocumentTypes() {
        assertThat(DocumentType.ofContentType("text/plain; charset=UTF-8")).contains(DocumentType.TEXT);
        assertThat(DocumentType.ofContentType("Application/PDF")).contains(DocumentType.PDF);
        assertThat(DocumentType.ofContentType("image/png")).isEmpty();
        assertThat(DocumentType.ofContentType(null)).isEmpty();
    }
}
