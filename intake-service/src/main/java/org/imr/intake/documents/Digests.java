package org.imr.intake.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The digests of stored documents: SHA-256 (their ids) and MD5 (S3's Content-MD5). */
final class Digests {

    private Digests() {
    }

    static MessageDigest sha256() {
        return digest("SHA-256");
    }

    static MessageDigest md5() {
        return digest("MD5");
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
