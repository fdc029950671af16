package org.imr.replay.letter;

/** A letter that does not have the published layout; the message names the part that is missing. */
public class LetterParseException extends RuntimeException {

    public LetterParseException(String source, String problem) {
        super(source + ": " + problem);
    }
}
