package org.imr.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;

import org.imr.intake.documents.CaseDocuments;
import org.imr.intake.documents.DocumentType;
import org.imr.intake.documents.StoredDocument;
import org.imr.schemas.DocumentKind;
import org.imr.web.Ids;
import org.imr.web.KnownSymbol;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /cases/{caseId}/documents?kind=MEDICAL_RECORDS|UR_DECISION|OTHER}: the document itself is the body
 * ({@code application/pdf} or {@code text/plain}; any other type is 415; {@code kind=UNKNOWN} is 400). 201 with the reference; 413 past the size
 * limit; 400 when the content does not match its type; 404 for a case never filed; 503 when the document store cannot
 * be reached (nothing kept).
 */
@RestController
class CaseDocumentsController {

    private final CaseDocuments documents;

    CaseDocumentsController(CaseDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "Adds a document (medical records, the UR decision) to a case's file",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/plain", schema = @Schema(type = "string"))}))
    @PostMapping(path = "/cases/{caseId}/documents", consumes = {"application/pdf", "text/plain"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> attach(@PathVariable @Pattern(regexp = Ids.PATH_ID, message = Ids.PATH_ID_RULE) String caseId,
            @RequestParam @KnownSymbol DocumentKind kind, HttpServletRequest request) throws IOException {
        DocumentType type = DocumentType.ofContentType(request.getContentType()).orElseThrow();
        try (InputStream body = request.getInputStream()) {
            return documents.attach(caseId, kind, type, request.getContentLengthLong(), body)
                    .<ResponseEntity<?>>map(document -> ResponseEntity.created(URI.create(document.uri()))
                            .body(Attached.of(caseId, kind, document)))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND, "No case with this id was filed")));
        }
    }

    /** The answer: which case, what kind of document, and its reference (id, URI, media type, size, SHA-256). */
    record Attached(String caseId, DocumentKind kind, String documentId, String uri, String mediaType, long sizeBytes,
            String sha256) {

        static Attached of(String caseId, DocumentKind kind, StoredDocument document) {
            return new Attached(caseId, kind, document.documentId(), document.uri(), document.type().mediaType(),
                    document.sizeBytes(), document.sha256());
        }
    }
}
