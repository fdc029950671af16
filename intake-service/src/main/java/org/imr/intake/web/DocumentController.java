package org.imr.intake.web;

import java.io.IOException;

import jakarta.validation.constraints.Pattern;

import org.imr.intake.documents.DocumentStore;
import org.imr.intake.documents.StoredDocument;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/**
 * {@code GET /documents/{documentId}}: a case file's document by the reference its event carries, streamed with its
 * media type and its SHA-256 as the ETag (a document never changes); 404 for an unknown reference.
 */
@RestController
class DocumentController {

    private final DocumentStore store;

    DocumentController(DocumentStore store) {
        this.store = store;
    }

    @GetMapping(StoredDocument.URI_PREFIX + "{documentId}")
    ResponseEntity<Resource> document(@PathVariable @Pattern(regexp = StoredDocument.DOCUMENT_ID_FORM,
            message = "must be a document's SHA-256 in lower-case hex followed by .pdf or .txt") String documentId)
            throws IOException {
        StoredDocument document = store.find(documentId).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No document with this id"),
                null));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.type().mediaType()))
                .contentLength(document.sizeBytes())
                .eTag(document.sha256())
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.documentId() + "\"")
                .body(new InputStreamResource(store.open(document)));
    }
}
