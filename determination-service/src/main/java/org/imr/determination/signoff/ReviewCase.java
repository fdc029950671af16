package org.imr.determination.signoff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DocumentKind;
import org.imr.schemas.DocumentReference;
import org.imr.schemas.ReviewerResponse;

/**
 * What the workbench knows of one case, as read from the topics: its current draft (the latest assignment's), each
 * reviewer's latest response, its documents, a due date moved by a conversion to expedited review, and its signature.
 * Immutable. A signed case keeps only its signature: its draft and documents are no longer needed.
 *
 * @param draft       the draft for the reviewer who holds the case, or null before it is read
 * @param responses   each reviewer's latest response to the case, by reviewer id
 * @param documents   the case file's documents in the order received
 * @param expeditedDue the determination's due date after a conversion to expedited review, or null
 * @param signature   the signature, or null while the case is open
 */
public record ReviewCase(String caseId, DeterminationDrafted draft, Map<String, ReviewerResponse> responses,
        List<CaseDocument> documents, LocalDate expeditedDue, Signature signature) {

    /** A document of the case file: its kind and where intake serves it. */
    public record CaseDocument(DocumentKind kind, DocumentReference reference) {
    }

    /** Who signed, when, and the case's number (for the signer's page). */
    public record Signature(String reviewerId, Instant signedAt, String caseNumber) {
    }

    public ReviewCase {
        responses = Map.copyOf(responses);
        documents = List.copyOf(documents);
    }

    static ReviewCase empty(String caseId) {
        return new ReviewCase(caseId, null, Map.of(), List.of(), null, null);
    }

    /** The reviewer the case is assigned to, with a draft to sign. */
    public Optional<String> reviewerId() {
        return draft == null ? Optional.empty() : Optional.of(draft.getReviewer().getReviewerId());
    }

    /** Whether the case is open and held by this reviewer (assigned, neither declined nor timed out). */
    public boolean heldBy(String reviewerId) {
        if (signature != null || !reviewerId().filter(reviewerId::equals).isPresent()) {
            return false;
        }
        ReviewerResponse response = responses.get(reviewerId);
        return response != ReviewerResponse.DECLINED && response != ReviewerResponse.TIMED_OUT;
    }

    public boolean acceptedBy(String reviewerId) {
        return responses.get(reviewerId) == ReviewerResponse.ACCEPTED;
    }

    public boolean signedBy(String reviewerId) {
        return signature != null && signature.reviewerId().equals(reviewerId);
    }

    /** When the determination is due, or null when unknown. */
    public LocalDate dueDate() {
        return expeditedDue != null ? expeditedDue : draft == null ? null : draft.getDeterminationDueDate();
    }

    ReviewCase withDraft(DeterminationDrafted next) {
        return signature != null ? this : new ReviewCase(caseId, next, responses, documents, expeditedDue, null);
    }

    ReviewCase withResponse(String reviewerId, ReviewerResponse response) {
        if (signature != null) {
            return this;
        }
        Map<String, ReviewerResponse> next = new HashMap<>(responses);
        next.put(reviewerId, response);
        return new ReviewCase(caseId, draft, next, documents, expeditedDue, null);
    }

    ReviewCase withDocument(CaseDocument document) {
        if (signature != null || documents.contains(document)) {
            return this;
        }
        List<CaseDocument> next = new ArrayList<>(documents);
        next.add(document);
        return new ReviewCase(caseId, draft, responses, next, expeditedDue, null);
    }

    ReviewCase withExpeditedDue(LocalDate due) {
        return signature != null ? this : new ReviewCase(caseId, draft, responses, documents, due, null);
    }

    ReviewCase signed(Signature by) {
        return new ReviewCase(caseId, null, Map.of(), List.of(), null, by);
    }

    /** Counts only: the draft holds clinical text. */
    @Override
    public String toString() {
        return "ReviewCase[caseId=" + caseId + ", drafted=" + (draft != null) + ", documents=" + documents.size()
                + ", signed=" + (signature != null) + "]";
    }
}
