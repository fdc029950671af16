package org.imr.intake.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.imr.schemas.CaseDocumentReceived;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DocumentKind;
import org.imr.schemas.DocumentReference;
import org.imr.schemas.DraftReview;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.ImrCase;
import org.imr.schemas.IneligibilityReason;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.PhiAccessKind;
import org.imr.schemas.PhiAccessRecorded;
import org.imr.schemas.Priority;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerAssignmentAudited;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.ReviewerResponse;
import org.imr.schemas.SignOff;
import org.imr.testsupport.SampleCases;

/** The events of one case's life, as the other services write them, for the tracking tests. */
public final class TrackingEvents {

    public static final String REVIEWER = "R-TRACK-1";

    private final String caseId;
    private final ImrCase imrCase;
    private final String reviewerId;

    public TrackingEvents(String caseId, String caseNumber, Priority priority) {
        this(caseId, caseNumber, priority, REVIEWER);
    }

    /** The events of a case assigned to this reviewer. */
    public TrackingEvents(String caseId, String caseNumber, Priority priority, String reviewerId) {
        this(caseId, ImrCase.newBuilder(SampleCases.seedCase(caseId)).setCaseNumber(caseNumber).setPriority(priority)
                .build(), reviewerId);
    }

    private TrackingEvents(String caseId, ImrCase imrCase, String reviewerId) {
        this.caseId = caseId;
        this.imrCase = imrCase;
        this.reviewerId = reviewerId;
    }

    /** The same case, its application received on that date. */
    public TrackingEvents receivedOn(LocalDate applicationReceived) {
        return new TrackingEvents(caseId, ImrCase.newBuilder(imrCase).setApplicationReceivedDate(applicationReceived)
                .build(), reviewerId);
    }

    public EventEnvelope envelope(Instant at) {
        return new EventEnvelope(UUID.randomUUID(), caseId, at, "test", 1);
    }

    public CaseReceived received(Instant at, Instant assignmentNoticeDueAt) {
        return new CaseReceived(envelope(at), imrCase, assignmentNoticeDueAt);
    }

    public CaseScreenedIneligible ineligible(Instant at, List<IneligibilityReason> reasons) {
        return new CaseScreenedIneligible(envelope(at), imrCase, reasons, false, null);
    }

    public ReviewerAssignmentAudited audit(Instant at, LocalDate determinationDue, LocalDate recordsDue) {
        return ReviewerAssignmentAudited.newBuilder().setEnvelope(envelope(at)).setCaseId(caseId).setReviewerId(reviewerId)
                .setDeterminationDueDate(determinationDue).setRecordsDueDate(recordsDue).build();
    }

    public ReviewerAssigned assigned(Instant at) {
        return new ReviewerAssigned(envelope(at), imrCase, credentials(), List.of("specialty"), null);
    }

    public NoEligibleReviewerFound noEligibleReviewer(Instant at) {
        return new NoEligibleReviewerFound(envelope(at), imrCase, List.of("specialty: 3"), 3);
    }

    public ReviewerResponded responded(Instant at, String reviewerId, ReviewerResponse response) {
        return new ReviewerResponded(envelope(at), caseId, reviewerId, response);
    }

    public CaseExpedited expedited(Instant at, Instant certifiedAt, Instant recordsDueAt, Instant determinationDueAt) {
        return new CaseExpedited(envelope(at), "Dr. Certifying", certifiedAt, recordsDueAt, determinationDueAt);
    }

    /** A document of the given kind; its content differs with each call. */
    public CaseDocumentReceived document(Instant at, DocumentKind kind) {
        String sha256 = UUID.randomUUID().toString().replace("-", "").repeat(2);
        return new CaseDocumentReceived(envelope(at), caseId, kind, new DocumentReference(sha256 + ".pdf",
                "/documents/" + sha256 + ".pdf", "application/pdf", 1234L, sha256));
    }

    public DeterminationIssued decided(Instant at, Instant assignedAt) {
        return new DeterminationIssued(envelope(at), imrCase, credentials(), assignedAt, List.of(
                new ItemDecision(1, "Occupational therapy, bilateral wrists, 2 x 4", DecisionOutcome.UPHELD,
                        "MTUS", "rationale", null, null, DraftReview.KEPT)), "test-1", SignOff.AUTOMATIC, null);
    }

    public FinalDeterminationLetterIssued letter(Instant at) {
        return FinalDeterminationLetterIssued.newBuilder().setEnvelope(envelope(at))
                .setCaseNumber(imrCase.getCaseNumber()).setDateAssigned(LocalDate.of(2015, 7, 1))
                .setDecisionDate(LocalDate.of(2015, 7, 20)).setPriority(imrCase.getPriority()).setReviewer(credentials())
                .setDecisions(List.of()).setLetterText("letter").build();
    }

    /** A read of the case's letter (version 1, text) by that caller, as notification-service records it. */
    public PhiAccessRecorded letterRead(Instant at, String principal, String role) {
        return PhiAccessRecorded.newBuilder().setEnvelope(envelope(at)).setCaseId(caseId)
                .setCaseNumber(imrCase.getCaseNumber()).setPrincipal(principal).setRole(role)
                .setKind(PhiAccessKind.LETTER).setResourceId(imrCase.getCaseNumber() + "/v1").setVersion(1)
                .setMediaType("text/plain").setPath("/letters/" + imrCase.getCaseNumber()).build();
    }

    private ReviewerCredentials credentials() {
        return new ReviewerCredentials(reviewerId, List.of("California"), "Physical Medicine & Rehabilitation");
    }
}
