package org.imr.intake.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Passes a stored document's content through while hashing it; at its end, fails with
 * {@link DocumentCorruptedException} when the content's SHA-256 is not the one it was stored under, so a reader never
 * takes a damaged document for the real one without an error.
 */
final class Sha256VerifyingInputStream extends FilterInputStream {

    private final MessageDigest digest = Digests.sha256();
    private final String documentId;
    private final String expectedSha256;
    private boolean verified;

    Sha256VerifyingInputStream(InputStream in, String documentId, String expectedSha256) {
        super(in);
        this.documentId = documentId;
        this.expectedSha256 = expectedSha256;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            verify();
        } else {
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return readNBytes(Math.toIntExact(Math.min(n, Integer.MAX_VALUE))).length;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void verify() throws DocumentCorruptedException {
        if (verified) {
            return;
        }
        verified = true;
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(expectedSha256)) {
            throw new DocumentCorruptedException(documentId);
        }
    }
}
