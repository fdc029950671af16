package org.imr.determination.signoff;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.imr.kafka.Envelopes;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DraftItem;
import org.imr.schemas.DraftReview;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.SignOff;

/**
 * A signed draft: the determination the letter is made from, each item as the signer decided it and whether that
 * kept or changed the draft. Its event id is derived from the draft's, so signing the same draft again yields the same
 * event (the letter's issuer issues one letter for it).
 */
public final class DraftSignature {

    /** What the determination is among the outputs of a draft (for its derived event id). */
    static final String DETERMINATION = "determination";

    private final Envelopes envelopes;

    public DraftSignature(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    /** The draft signed as it is ({@link SignOffMode#AUTOMATIC}): every item kept. */
    public DeterminationIssued asDrafted(DeterminationDrafted draft) {
        return signed(draft, SignOff.AUTOMATIC, draft.getItems().stream()
                .map(item -> decided(item.getDecision(), DraftReview.KEPT)).toList());
    }

    /** The draft as the reviewer decided each item; an item's decision is kept when it says what the draft says. */
    public DeterminationIssued byReviewer(DeterminationDrafted draft, List<ItemEdit> edits) {
        Map<Integer, ItemEdit> byItem = edits.stream()
                .collect(Collectors.toMap(ItemEdit::itemNumber, Function.identity()));
        return signed(draft, SignOff.REVIEWER, draft.getItems().stream()
                .map(item -> reviewed(item, Objects.requireNonNull(byItem.get(item.getDecision().getItemNumber()),
                        "no decision on item " + item.getDecision().getItemNumber())))
                .toList());
    }

    private static ItemDecision reviewed(DraftItem item, ItemEdit edit) {
        ItemDecision drafted = item.getDecision();
        if (edit.keeps(drafted)) {
            return decided(drafted, DraftReview.KEPT);
        }
        return ItemDecision.newBuilder(drafted)
                .setOutcome(edit.outcome())
                .setGuidelineCitation(edit.citation())
                .setRationale(edit.rationale())
                .setDraftReview(DraftReview.CHANGED)
                .build();
    }

    private static ItemDecision decided(ItemDecision drafted, DraftReview review) {
        return ItemDecision.newBuilder(drafted).setDraftReview(review).build();
    }

    private DeterminationIssued signed(DeterminationDrafted draft, SignOff signOff, List<ItemDecision> decisions) {
        String caseId = draft.getImrCase().getCaseId();
        return DeterminationIssued.newBuilder()
                .setEnvelope(envelopes.derived(draft.getEnvelope().getEventId(), DETERMINATION, caseId))
                .setImrCase(draft.getImrCase())
                .setReviewer(draft.getReviewer())
                .setAssignedAt(draft.getAssignedAt())
                .setDecisions(decisions)
                .setGuidelineSetVersion(draft.getGuidelineSetVersion())
                .setSignOff(signOff)
                .setDraftEventId(draft.getEnvelope().getEventId())
                .build();
    }
}
