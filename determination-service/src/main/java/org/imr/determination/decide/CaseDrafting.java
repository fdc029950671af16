package org.imr.determination.decide;

import org.imr.determination.guideline.Determination;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.signoff.DeterminationProperties;
import org.imr.determination.signoff.DraftSignature;
import org.imr.determination.signoff.SignOffMode;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Drafts the determination of an assigned case for its reviewer: the engine decides every disputed item and the
 * draft carries each decision with the facts it used. Every assignment is drafted, a reassignment too (the engine
 * decides the same case the same way, so the draft moves to the new reviewer). With automatic sign-off the draft is
 * signed as it is, in the same transaction. The draft's event id is derived from the assignment's: drafting the same
 * assignment again (a poll read again after a rollback) yields the same events.
 */
@Service
public class CaseDrafting {

    private static final Logger log = LoggerFactory.getLogger(CaseDrafting.class);
    /** What the draft is among the outputs of an assignment (for its derived event id). */
    static final String DRAFT = "draft";

    private final DeterminationEngine engine;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final DraftSignature signature;
    private final SignOffMode signOff;

    public CaseDrafting(DeterminationEngine engine, EventPublisher publisher, Envelopes envelopes,
            DraftSignature signature, DeterminationProperties properties) {
        this.engine = engine;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.signature = signature;
        this.signOff = properties.signOff();
    }

    public void draft(ReviewerAssigned assignment) {
        String caseId = assignment.getImrCase().getCaseId();
        Determination determination = engine.decide(CaseFileMapper.toCaseFile(assignment.getImrCase()));
        DeterminationDrafted draft = DeterminationDrafted.newBuilder()
                .setEnvelope(envelopes.derived(assignment.getEnvelope().getEventId(), DRAFT, caseId))
                .setImrCase(assignment.getImrCase())
                .setReviewer(assignment.getReviewer())
                .setAssignedAt(assignment.getEnvelope().getOccurredAt())
                .setAssignmentEventId(assignment.getEnvelope().getEventId())
                .setDeterminationDueDate(assignment.getDeterminationDueDate())
                .setItems(determination.items().stream().map(DraftMapper::toDraftItem).toList())
                .setGuidelineSetVersion(determination.knowledgeBaseVersion())
                .build();
        publisher.publish(Topics.DETERMINATION_DRAFTED, caseId, draft);
        if (signOff == SignOffMode.AUTOMATIC) {
            publisher.publish(Topics.DETERMINATION_ISSUED, caseId, signature.asDrafted(draft));
        }
        log.debug("Case {} drafted: {} item(s), sign-off {}", caseId, determination.items().size(), signOff);
    }
}
