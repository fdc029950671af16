package org.imr.determination.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.imr.kafka.Envelopes;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DraftItem;
import org.imr.schemas.DraftReview;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.SignOff;
import org.imr.testsupport.SampleCases;
import org.junit.jupiter.api.Test;

class DraftSignatureTest {

    private static final Instant NOW = Instant.parse("2015-07-10T17:00:00Z");
    private final DraftSignature signature = new DraftSignature(new Envelopes("determination-service",
            Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void automaticSignOffKeepsEveryItemAsDraftedAndDerivesTheDeterminationsIdFromTheDraft() {
        DeterminationDrafted draft = draft();

        DeterminationIssued issued = signature.asDrafted(draft);

        assertThat(issued.getSignOff()).isEqualTo(SignOff.AUTOMATIC);
        assertThat(issued.getDecisions()).extracting(ItemDecision::getDraftReview).containsOnly(DraftReview.KEPT);
        assertThat(issued.getDecisions()).extracting(ItemDecision::getOutcome)
                .containsExactly(DecisionOutcome.OVERTURNED, DecisionOutcome.UPHELD);
        assertThat(issued.getEnvelope().getEventId())
                .isEqualTo(Envelopes.derivedId(draft.getEnvelope().getEventId(), DraftSignature.DETERMINATION));
        assertThat(signature.asDrafted(draft).getEnvelope().getEventId()).isEqualTo(issued.getEnvelope().getEventId());
        assertThat(issued.getEnvelope().getOccurredAt()).isEqualTo(NOW);
    }

    @Test
    void theReviewerKeepsOneItemWordForWordAndChangesTheOthersOutcome() {
        DeterminationDrafted draft = draft();

        DeterminationIssued issued = signature.byReviewer(draft, List.of(
                new ItemEdit(1, DecisionOutcome.OVERTURNED, "MTUS Physical Medicine", "Necessary.\r\n  "),
                new ItemEdit(2, DecisionOutcome.OVERTURNED, "MTUS Opioids", "Documented improvement.")));

        assertThat(issued.getSignOff()).isEqualTo(SignOff.REVIEWER);
        assertThat(issued.getDraftEventId()).isEqualTo(draft.getEnvelope().getEventId());
        ItemDecision kept = issued.getDecisions().get(0);
        assertThat(kept.getDraftReview()).isEqualTo(DraftReview.KEPT);
        assertThat(kept.getRationale()).isEqualTo("Necessary.\n");
        ItemDecision changed = issued.getDecisions().get(1);
        assertThat(changed.getDraftReview()).isEqualTo(DraftReview.CHANGED);
        assertThat(changed.getOutcome()).isEqualTo(DecisionOutcome.OVERTURNED);
        assertThat(changed.getRationale()).isEqualTo("Documented improvement.");
        assertThat(changed.getRuleId()).as("the rule whose draft was changed").isEqualTo("mtus-opioids");
    }

    @Test
    void aChangedRationaleAloneIsAChange() {
        DeterminationIssued issued = signature.byReviewer(draft(), List.of(
                new ItemEdit(1, DecisionOutcome.OVERTURNED, "MTUS Physical Medicine", "Necessary, as the notes show."),
                new ItemEdit(2, DecisionOutcome.UPHELD, "MTUS Opioids", "Not necessary.")));

        assertThat(issued.getDecisions()).extracting(ItemDecision::getDraftReview)
                .containsExactly(DraftReview.CHANGED, DraftReview.KEPT);
    }

    @Test
    void aSignatureNeedsADecidedOutcomeACitationAndARationaleForEveryItem() {
        DeterminationDrafted draft = draft();

        assertThat(ItemEditCheck.problems(draft, List.of(
                new ItemEdit(1, DecisionOutcome.EXPERT_REVIEW_REQUIRED, "MTUS", "Necessary."))))
                .containsEntry(1, "Decide the item: Upheld or Overturned.")
                .containsEntry(2, "No decision on this item.");
        assertThat(ItemEditCheck.problems(draft, List.of(
                new ItemEdit(1, DecisionOutcome.UPHELD, " ", "Not necessary."),
                new ItemEdit(2, DecisionOutcome.UPHELD, "MTUS", "\r\n"))))
                .containsEntry(1, "Name the guideline the decision rests on.")
                .containsEntry(2, "Give the rationale.");
        assertThat(ItemEditCheck.problems(draft, List.of(
                new ItemEdit(1, DecisionOutcome.UPHELD, "MTUS", "Not necessary."),
                new ItemEdit(2, DecisionOutcome.OVERTURNED, "MTUS", "Necessary.")))).isEmpty();
    }

    private static DeterminationDrafted draft() {
        String caseId = UUID.randomUUID().toString();
        return DeterminationDrafted.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), caseId, NOW, "determination-service", 1))
                .setImrCase(SampleCases.seedCase(caseId))
                .setReviewer(new ReviewerCredentials("RV-0001", List.of("California"), "Physical Medicine & Rehabilitation"))
                .setAssignedAt(NOW.minusSeconds(3600))
                .setAssignmentEventId(UUID.randomUUID())
                .setItems(List.of(
                        item(1, DecisionOutcome.OVERTURNED, "MTUS Physical Medicine", "Necessary.\n", "mtus-pm"),
                        item(2, DecisionOutcome.UPHELD, "MTUS Opioids", "Not necessary.", "mtus-opioids")))
                .setGuidelineSetVersion("test")
                .build();
    }

    private static DraftItem item(int number, DecisionOutcome outcome, String citation, String rationale, String rule) {
        return new DraftItem(new ItemDecision(number, "item " + number, outcome, citation, rationale, rule, "1",
                DraftReview.UNKNOWN), List.of());
    }
}
