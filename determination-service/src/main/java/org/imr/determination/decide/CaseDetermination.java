package org.imr.determination.decide;

import org.imr.determination.guideline.Determination;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Decides every disputed item of an assigned case and publishes the determination. The determination's event id is
 * derived from the assignment's: deciding the same assignment again (a poll read again after a rollback) yields the
 * same event, which the letter's issuer recognises.
 */
@Service
public class CaseDetermination {

    private static final Logger log = LoggerFactory.getLogger(CaseDetermination.class);
    /** What the determination is among the outputs of an assignment (for its derived event id). */
    static final String DETERMINATION = "determination";

    private final DeterminationEngine engine;
    private final EventPublisher publisher;
    private final Envelopes envelopes;

    public CaseDetermination(DeterminationEngine engine, EventPublisher publisher, Envelopes envelopes) {
        this.engine = engine;
        this.publisher = publisher;
        this.envelopes = envelopes;
    }

    public void decide(ReviewerAssigned assignment) {
        String caseId = assignment.getImrCase().getCaseId();
        Determination determination = engine.decide(CaseFileMapper.toCaseFile(assignment.getImrCase()));
        publisher.publish(Topics.DETERMINATION_ISSUED, caseId, DeterminationIssued.newBuilder()
                .setEnvelope(envelopes.derived(assignment.getEnvelope().getEventId(), DETERMINATION, caseId))
                .setImrCase(assignment.getImrCase())
                .setReviewer(assignment.getReviewer())
                .setAssignedAt(assignment.getEnvelope().getOccurredAt())
                .setDecisions(determination.items().stream().map(CaseDetermination::toDecision).toList())
                .setGuidelineSetVersion(determination.knowledgeBaseVersion())
                .build());
        log.debug("Case {} decided: {} item(s)", caseId, determination.items().size());
    }

    private static ItemDecision toDecision(ItemDetermination item) {
        return new ItemDecision(item.itemNumber(), item.itemDescription(), DecisionOutcome.valueOf(item.outcome().name()),
                item.guidelineCitation(), item.rationale(), item.ruleId(), item.ruleVersion());
    }
}
