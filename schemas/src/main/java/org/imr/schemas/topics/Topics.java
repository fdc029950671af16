package org.imr.schemas.topics;

import java.util.List;

import org.imr.schemas.ApplicationFiled;
import org.imr.schemas.CaseDocumentReceived;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseNumberAllocated;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.LetterDeliveryRequested;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.PhiAccessRecorded;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerAssignmentAudited;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.topics.Topic.KeyKind;
import org.imr.schemas.topics.Topic.Retention;

/** Every topic of the pipeline, declared once. */
public final class Topics {

    public static final String INTAKE = "intake-service";
    public static final String ASSIGNMENT = "reviewer-assignment-service";
    public static final String DETERMINATION = "determination-service";
    public static final String NOTIFICATION = "notification-service";

    public static final Topic<CaseReceived> CASE_RECEIVED =
            new Topic<>("imr.case-received", KeyKind.CASE_ID, CaseReceived.class, INTAKE, Retention.FOREVER);

    /** Intake's ledger: one record per filing, duplicates included (gross and unique counts, dedupe, prior IMRs). */
    public static final Topic<ApplicationFiled> APPLICATION_FILED =
            new Topic<>("imr.application-filed", KeyKind.CASE_ID, ApplicationFiled.class, INTAKE, Retention.FOREVER);

    public static final Topic<CaseScreenedIneligible> CASE_INELIGIBLE =
            new Topic<>("imr.case-ineligible", KeyKind.CASE_ID, CaseScreenedIneligible.class, INTAKE, Retention.FOREVER);

    public static final Topic<CaseExpedited> CASE_EXPEDITED =
            new Topic<>("imr.case-expedited", KeyKind.CASE_ID, CaseExpedited.class, INTAKE, Retention.FOREVER);

    /** A document of a case's file, stored outside Kafka: the record carries its reference and content hash. */
    public static final Topic<CaseDocumentReceived> CASE_DOCUMENT_RECEIVED =
            new Topic<>("imr.case-document-received", KeyKind.CASE_ID, CaseDocumentReceived.class, INTAKE, Retention.FOREVER);

    public static final Topic<ReviewerRosterChanged> REVIEWER_ROSTER =
            new Topic<>("imr.reviewer-roster", KeyKind.REVIEWER_ID, ReviewerRosterChanged.class, ASSIGNMENT, Retention.COMPACTED);

    public static final Topic<ReviewerAssigned> REVIEWER_ASSIGNED =
            new Topic<>("imr.reviewer-assigned", KeyKind.CASE_ID, ReviewerAssigned.class, ASSIGNMENT, Retention.FOREVER);

    public static final Topic<NoEligibleReviewerFound> NO_ELIGIBLE_REVIEWER =
            new Topic<>("imr.no-eligible-reviewer", KeyKind.CASE_ID, NoEligibleReviewerFound.class, ASSIGNMENT, Retention.FOREVER);

    public static final Topic<ReviewerAssignmentAudited> REVIEWER_ASSIGNMENT_AUDIT =
            new Topic<>("imr.reviewer-assignment-audit", KeyKind.CASE_ID, ReviewerAssignmentAudited.class, ASSIGNMENT, Retention.FOREVER);

    /** Assigned reviewers' responses (accepted, declined, timed out), keyed by case id. */
    public static final Topic<ReviewerResponded> REVIEWER_RESPONSES =
            new Topic<>("imr.reviewer-responses", KeyKind.CASE_ID, ReviewerResponded.class, ASSIGNMENT, Retention.FOREVER);

    /** The engine's draft of a case's determination, for its assigned reviewer to confirm or change and sign. */
    public static final Topic<DeterminationDrafted> DETERMINATION_DRAFTED =
            new Topic<>("imr.determination-drafted", KeyKind.CASE_ID, DeterminationDrafted.class, DETERMINATION, Retention.FOREVER);

    /** A signed determination: what the letter is made from. */
    public static final Topic<DeterminationIssued> DETERMINATION_ISSUED =
            new Topic<>("imr.determination-issued", KeyKind.CASE_ID, DeterminationIssued.class, DETERMINATION, Retention.FOREVER);

    public static final Topic<FinalDeterminationLetterIssued> LETTER_ISSUED =
            new Topic<>("imr.final-determination-letter-issued", KeyKind.CASE_ID, FinalDeterminationLetterIssued.class,
                    NOTIFICATION, Retention.FOREVER);

    public static final Topic<LetterDeliveryRequested> LETTER_DELIVERY_REQUESTED =
            new Topic<>("imr.letter-delivery-requested", KeyKind.CASE_ID, LetterDeliveryRequested.class, NOTIFICATION,
                    Retention.FOREVER);

    /** Case numbers: every record on partition 0, its offset the number's sequence (see CaseNumberAllocated). */
    public static final Topic<CaseNumberAllocated> CASE_NUMBER_ALLOCATIONS =
            new Topic<>("imr.case-number-allocations", KeyKind.CASE_ID, CaseNumberAllocated.class, INTAKE, Retention.COMPACTED);

    /** Every read of a letter over HTTP (notification-service's letters, text or PDF): the PHI access log. */
    public static final Topic<PhiAccessRecorded> LETTER_READ =
            new Topic<>("imr.letter-read", KeyKind.CASE_ID, PhiAccessRecorded.class, NOTIFICATION, Retention.FOREVER);

    /** Every read of a case file's document over HTTP (intake-service's documents): the PHI access log. */
    public static final Topic<PhiAccessRecorded> CASE_FILE_READ =
            new Topic<>("imr.case-file-read", KeyKind.CASE_ID, PhiAccessRecorded.class, INTAKE, Retention.FOREVER);

    /**
     * Every read of a draft with its case file, or of a case-file document, in the reviewer workbench
     * (determination-service): the PHI access log.
     */
    public static final Topic<PhiAccessRecorded> DRAFT_READ =
            new Topic<>("imr.draft-read", KeyKind.CASE_ID, PhiAccessRecorded.class, DETERMINATION, Retention.FOREVER);

    /** The PHI access log: one topic per service that serves a case's clinical information, each kept forever. */
    public static final List<Topic<PhiAccessRecorded>> PHI_ACCESS = List.of(LETTER_READ, CASE_FILE_READ, DRAFT_READ);

    public static final List<Topic<?>> ALL = List.of(
            CASE_RECEIVED, REVIEWER_ROSTER, REVIEWER_ASSIGNED, NO_ELIGIBLE_REVIEWER, DETERMINATION_ISSUED, LETTER_ISSUED,
            REVIEWER_ASSIGNMENT_AUDIT, APPLICATION_FILED, CASE_INELIGIBLE, CASE_EXPEDITED, LETTER_DELIVERY_REQUESTED,
            CASE_NUMBER_ALLOCATIONS, REVIEWER_RESPONSES, CASE_DOCUMENT_RECEIVED, DETERMINATION_DRAFTED, LETTER_READ,
            CASE_FILE_READ, DRAFT_READ);

    /** The declared topic of that name; throws for a name no topic has. */
    public static Topic<?> named(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No topic is named " + name));
    }

    private Topics() {
    }
}
