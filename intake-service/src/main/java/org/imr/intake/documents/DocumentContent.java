package org.imr.intake.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks that a document's beginning matches its media type before anything is stored: a PDF starts with
 * {@code %PDF-}; text has no NUL bytes in its first kilobyte (binary content sent as text).
 */
final class DocumentContent {

    static final int PEEK = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private DocumentContent() {
    }

    /** The same content, checked; throws {@link DocumentRejectedException} when the beginning does not match. */
    static InputStream checked(InputStream content, DocumentType type) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, PEEK);
        buffered.mark(PEEK);
        byte[] beginning = buffered.readNBytes(PEEK);
        buffered.reset();
        if (beginning.length == 0) {
            throw new DocumentRejectedException("The document is empty");
        }
        if (type == DocumentType.PDF && !startsWithPdfHeader(beginning)) {
            throw new DocumentRejectedException("The content is not a PDF (it does not start with %PDF-)");
        }
        if (type == DocumentType.TEXT && containsNul(beginning)) {
            throw new DocumentRejectedException("The content is binary, not text/plain");
        }
        return buffered;
    }

    private static boolean startsWithPdfHeader(byte[] beginning) {
        return beginning.length >= PDF_HEADER.length
                && Arrays.equals(beginning, 0, PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length);
    }

    private static boolean containsNul(byte[] beginning) {
        for (byte b : beginning) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
