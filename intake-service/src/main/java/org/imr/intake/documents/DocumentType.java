package org.imr.intake.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The media types a case file's document may have: PDF or plain text, nothing else. */
public enum DocumentType {

    PDF("application/pdf", ".pdf"),
    TEXT("text/plain", ".txt");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of a {@code Content-Type} header ({@code text/plain; charset=UTF-8} is text); empty for any other. */
    public static Optional<DocumentType> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    /** The type a stored document's id ends with. */
    public static Optional<DocumentType> ofDocumentId(String documentId) {
        return Arrays.stream(values()).filter(t -> documentId.endsWith(t.extension)).findFirst();
    }
}
