package org.imr.determination.signoff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assigned reviewer signs a case's draft, each item kept or changed: the determination is published in a
 * transaction of its own before this returns. Signing is idempotent: a case signs once (a second signature finds it
 * signed, here or after a restart, since the signature is read back from its topic), and the determination's event id
 * is derived from the draft's, so even two instances signing at once publish one determination for the letter.
 * Counts every item signed by whether the reviewer kept or changed the draft, per rule
 * ({@value #DRAFT_REVIEWS}, tags {@code rule} and {@code action}; no clinical data).
 */
public final class ReviewerSignOff {

    public static final String DRAFT_REVIEWS = "imr.determination.draft.reviews";
    private static final Logger log = LoggerFactory.getLogger(ReviewerSignOff.class);
    private static final int LOCK_STRIPES = 64;

    private final ReviewCases cases;
    private final DraftSignature signature;
    private final EventPublisher publisher;
    private final MeterRegistry meters;
    private final Object[] locks = new Object[LOCK_STRIPES];

    public ReviewerSignOff(ReviewCases cases, DraftSignature signature, EventPublisher publisher, MeterRegistry meters) {
        this.cases = cases;
        this.signature = signature;
        this.publisher = publisher;
        this.meters = meters;
        for (int stripe = 0; stripe < LOCK_STRIPES; stripe++) {
            locks[stripe] = new Object();
        }
    }

    /** What became of a signature. */
    public enum Status {
        SIGNED, ALREADY_SIGNED, NOT_THE_REVIEWERS, NOT_ACCEPTED, INCOMPLETE
    }

    /** @param problems what keeps an incomplete signature from being signed, by item number */
    public record Result(Status status, Map<Integer, String> problems) {

        static Result of(Status status) {
            return new Result(status, Map.of());
        }
    }

    public Result sign(String reviewerId, String caseId, List<ItemEdit> edits) {
        synchronized (locks[Math.floorMod(caseId.hashCode(), LOCK_STRIPES)]) {
            Optional<ReviewCase> found = cases.caseOf(reviewerId, caseId);
            if (found.isEmpty()) {
                return Result.of(Status.NOT_THE_REVIEWERS);
            }
            ReviewCase reviewCase = found.get();
            if (reviewCase.signedBy(reviewerId)) {
                return Result.of(Status.ALREADY_SIGNED);
            }
            if (!reviewCase.acceptedBy(reviewerId)) {
                return Result.of(Status.NOT_ACCEPTED);
            }
            DeterminationDrafted draft = reviewCase.draft();
            Map<Integer, String> problems = ItemEditCheck.problems(draft, edits);
            if (!problems.isEmpty()) {
                return new Result(Status.INCOMPLETE, problems);
            }
            DeterminationIssued issued = signature.byReviewer(draft, edits);
            publisher.publish(Topics.DETERMINATION_ISSUED, caseId, issued);
            cases.signed(issued);
            issued.getDecisions().forEach(this::count);
            log.info("Case {} signed by reviewer {}", caseId, reviewerId);
            return Result.of(Status.SIGNED);
        }
    }

    private void count(ItemDecision decision) {
        Counter.builder(DRAFT_REVIEWS)
                .description("Items signed by the expert reviewer, by whether the engine's draft was kept or changed")
                .tag("rule", decision.getRuleId() == null ? "none" : decision.getRuleId())
                .tag("action", decision.getDraftReview().name().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
    }
}
