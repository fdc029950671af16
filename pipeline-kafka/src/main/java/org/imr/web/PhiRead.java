package org.imr.web;

import java.util.Objects;

import org.imr.schemas.PhiAccessKind;

/**
 * What a request read of a case's protected health information, by reference only: never clinical text.
 *
 * @param caseId     the case (the access record's key)
 * @param caseNumber the case's number, or null when unknown
 * @param kind       a letter, a case-file document, a draft with its case file
 * @param resourceId which one (a document id, a draft's event id, a letter's case number and version)
 * @param version    a letter's version, or null
 * @param mediaType  the representation served
 */
public record PhiRead(String caseId, String caseNumber, PhiAccessKind kind, String resourceId, Integer version,
        String mediaType) {

    public PhiRead {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
    }

    public static PhiRead letter(String caseId, String caseNumber, int version, String mediaType) {
        return new PhiRead(caseId, caseNumber, PhiAccessKind.LETTER, caseNumber + "/v" + version, version, mediaType);
    }

    public static PhiRead document(String caseId, String caseNumber, String documentId, String mediaType) {
        return new PhiRead(caseId, caseNumber, PhiAccessKind.DOCUMENT, documentId, null, mediaType);
    }

    public static PhiRead draft(String caseId, String caseNumber, String draftEventId, String mediaType) {
        return new PhiRead(caseId, caseNumber, PhiAccessKind.DRAFT, draftEventId, null, mediaType);
    }
}
