package org.imr.replay.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one split of a folder of letters into a part the rules may be fitted on and a held-out check part, by a hash
 * of the case number: the first four bytes of its SHA-256, as an unsigned number, modulo 100, below
 * {@value #CHECK_PERCENT} is the check part. The same case is in the same part on every run and every machine. Rules
 * are changed only from the fitting part (and the guidelines); of the check part the report prints figures only.
 */
public final class LetterSplit {

    /** About this share of the letters is held out for checking. */
    public static final int CHECK_PERCENT = 30;

    /** The part of the split a letter is in. */
    public enum Part {
        FITTING("fitting part"),
        CHECK("check part");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private LetterSplit() {
    }

    public static Part partOf(String caseNumber) {
        byte[] digest = sha256(caseNumber.strip().toUpperCase(java.util.Locale.ROOT));
        long firstFourBytes = ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
                | (digest[3] & 0xFFL);
        return firstFourBytes % 100 < CHECK_PERCENT ? Part.CHECK : Part.FITTING;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
