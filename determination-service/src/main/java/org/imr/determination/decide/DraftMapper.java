package org.imr.determination.decide;

import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.facts.FoundFact;
import org.imr.determination.guideline.facts.TextLocation;
import org.imr.schemas.CaseFileSection;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DraftItem;
import org.imr.schemas.DraftReview;
import org.imr.schemas.EvidenceFact;
import org.imr.schemas.ItemDecision;

/** The engine's decision on an item to the draft's item, with the facts it used and where they are. */
final class DraftMapper {

    private DraftMapper() {
    }

    static DraftItem toDraftItem(ItemDetermination item) {
        return new DraftItem(toDecision(item), item.evidence().stream().map(DraftMapper::toEvidence).toList());
    }

    private static ItemDecision toDecision(ItemDetermination item) {
        return new ItemDecision(item.itemNumber(), item.itemDescription(), DecisionOutcome.valueOf(item.outcome().name()),
                item.guidelineCitation(), item.rationale(), item.ruleId(), item.ruleVersion(), DraftReview.UNKNOWN);
    }

    /** A fact outside the case file's text (another item's decision) is in no section, at no words. */
    private static EvidenceFact toEvidence(FoundFact fact) {
        TextLocation location = fact.location();
        if (location == null) {
            return new EvidenceFact(fact.id(), fact.name(), fact.where(), CaseFileSection.UNKNOWN, 0, 0, 0);
        }
        return new EvidenceFact(fact.id(), fact.name(), fact.where(), CaseFileSection.valueOf(location.section().name()),
                location.entry(), location.start(), location.end());
    }
}
