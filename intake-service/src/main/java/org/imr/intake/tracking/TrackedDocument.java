package org.imr.intake.tracking;

/** A document of the case file, by reference (see {@code GET /documents/{documentId}}). */
public record TrackedDocument(String kind, String documentId, String uri, String mediaType, long sizeBytes,
        String sha256) {
}
