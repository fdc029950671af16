package org.imr.replay.letter;

/** Text helpers for letters laid out by pdftotext. */
final class LetterText {

    private LetterText() {
    }

    /** Lines joined with single spaces, words broken at a hyphen across lines kept as printed. */
    static String collapse(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }
}
