package org.imr.determination.signoff;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import org.imr.calendar.ImrCalendar;
import org.imr.determination.signoff.ReviewCase.CaseDocument;
import org.imr.determination.signoff.ReviewCase.Signature;
import org.imr.schemas.CaseDocumentReceived;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;

/**
 * The cases under review, rebuilt from the topics at every start and kept up with them (see
 * {@link ReviewCasesReader}): the drafts, the reviewers' responses, the case files' documents, conversions to
 * expedited review and the signed determinations. Thread-safe: one thread applies events, any thread reads.
 */
public final class ReviewCases {

    /** The topics the cases are rebuilt from. */
    public static final List<Topic<?>> TOPICS = List.of(Topics.DETERMINATION_DRAFTED, Topics.REVIEWER_RESPONSES,
            Topics.CASE_DOCUMENT_RECEIVED, Topics.CASE_EXPEDITED, Topics.DETERMINATION_ISSUED);
    private static final Comparator<ReviewCase> BY_DUE_DATE = Comparator
            .comparing(ReviewCase::dueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(open -> open.draft().getAssignedAt());

    private final Map<String, ReviewCase> cases = new ConcurrentHashMap<>();
    private final Object changes = new Object();
    private final ImrCalendar calendar;

    /** @param calendar reads the instant an expedited determination is due as the programme's date */
    public ReviewCases(ImrCalendar calendar) {
        this.calendar = calendar;
    }

    /** Applies an event of one of {@link #TOPICS}, keyed by its case id; any other event is ignored. */
    public void apply(String caseId, Object event) {
        switch (event) {
            case DeterminationDrafted draft -> update(caseId, c -> c.withDraft(draft));
            case ReviewerResponded response ->
                    update(caseId, c -> c.withResponse(response.getReviewerId(), response.getResponse()));
            case CaseDocumentReceived document ->
                    update(caseId, c -> c.withDocument(new CaseDocument(document.getKind(), document.getDocument())));
            case CaseExpedited expedited ->
                    update(caseId, c -> c.withExpeditedDue(calendar.dateOf(expedited.getDeterminationDueAt())));
            case DeterminationIssued issued -> signed(issued);
            default -> { }
        }
    }

    /** The determination of its case was signed (read back, or just published by this instance). */
    public void signed(DeterminationIssued issued) {
        update(issued.getImrCase().getCaseId(), c -> c.signed(new Signature(issued.getReviewer().getReviewerId(),
                issued.getEnvelope().getOccurredAt(), issued.getImrCase().getCaseNumber())));
    }

    /** The open cases the reviewer holds, the earliest due first. */
    public List<ReviewCase> queueOf(String reviewerId) {
        return cases.values().stream().filter(c -> c.heldBy(reviewerId)).sorted(BY_DUE_DATE).toList();
    }

    /** The case when this reviewer holds it or signed it; empty for anyone else's (or no such case). */
    public Optional<ReviewCase> caseOf(String reviewerId, String caseId) {
        return Optional.ofNullable(cases.get(caseId)).filter(c -> c.heldBy(reviewerId) || c.signedBy(reviewerId));
    }

    /** Whether a draft of the case was read (whoever holds it). */
    public boolean known(String caseId) {
        return cases.containsKey(caseId);
    }

    /**
     * Waits until the condition holds (checked after every change), at most {@code timeout}; whether it holds. For an
     * answer that should show what its request caused once the topics carry it back.
     */
    public boolean awaitUntil(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changes) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    changes.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    public int size() {
        return cases.size();
    }

    private void update(String caseId, UnaryOperator<ReviewCase> change) {
        cases.compute(caseId, (id, current) -> change.apply(current == null ? ReviewCase.empty(id) : current));
        synchronized (changes) {
            changes.notifyAll();
        }
    }
}
