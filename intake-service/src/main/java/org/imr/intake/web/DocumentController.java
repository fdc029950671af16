package org.imr.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;

import org.imr.intake.documents.DocumentStore;
import org.imr.intake.documents.StoredDocument;
import org.imr.intake.tracking.CaseTracking;
import org.imr.intake.tracking.store.TrackedCaseReader.CaseIdentity;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.topics.Topics;
import org.imr.security.CaseAccess;
import org.imr.web.PhiAccessLog;
import org.imr.web.PhiRead;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/**
 * {@code GET /documents/{documentId}}: a case file's document by the reference its event carries, streamed with its
 * media type and its SHA-256 as the ETag (a document never changes); 404 for an unknown reference. A reviewer reads only
 * the documents of the cases assigned to it (403 for any other, known or not). Every document served is recorded on
 * {@code imr.case-file-read} first, once for each case whose file holds it (case tracking knows which, milliseconds
 * after its upload): a document no tracked case holds yet is 404, as nothing could record its read.
 */
@RestController
class DocumentController {

    private final DocumentStore store;
    private final CaseTracking tracking;
    private final CaseAccess access;
    private final PhiAccessLog accessLog;

    DocumentController(DocumentStore store, CaseTracking tracking, CaseAccess access, EventPublisher publisher,
            Envelopes envelopes) {
        this.store = store;
        this.tracking = tracking;
        this.access = access;
        this.accessLog = new PhiAccessLog(Topics.CASE_FILE_READ, publisher, envelopes);
    }

    @GetMapping(StoredDocument.URI_PREFIX + "{documentId}")
    ResponseEntity<Resource> document(@PathVariable @Pattern(regexp = StoredDocument.DOCUMENT_ID_FORM,
            message = "must be a document's SHA-256 in lower-case hex followed by .pdf or .txt") String documentId,
            Authentication caller, HttpServletRequest request) throws IOException {
        // a reviewer reads the documents of the cases assigned to it, no other (403, known or not)
        if (!access.readsEveryCase(caller) && tracking.reviewersOfDocument(documentId).stream()
                .noneMatch(reviewer -> access.isTheReviewer(caller, reviewer))) {
            throw new AccessDeniedException("Not a document of the reviewer's cases");
        }
        StoredDocument document = store.find(documentId).orElseThrow(DocumentController::notFound);
        List<CaseIdentity> holders = tracking.casesHoldingDocument(documentId);
        if (holders.isEmpty()) {
            throw notFound();
        }
        InputStream content = store.open(document);
        try {
            accessLog.recordReads(request, holders.stream().map(holder -> PhiRead.document(holder.caseId(),
                    holder.caseNumber(), documentId, document.type().mediaType())).toList());
        } catch (RuntimeException e) {
            content.close();
            throw e;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.type().mediaType()))
                .contentLength(document.sizeBytes())
                .eTag(document.sha256())
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.documentId() + "\"")
                .body(new InputStreamResource(content));
    }

    private static ErrorResponseException notFound() {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No document with this id"), null);
    }
}
