package org.imr.determination.guideline;

import java.util.EnumMap;
import java.util.Map;
import org.imr.determination.guideline.knowledge.Placeholder;
import org.imr.determination.guideline.knowledge.UncoveredServiceWording;
import org.imr.determination.guideline.text.ServiceWording;

/** Refers an item that no rule governs to the expert reviewer, instead of guessing. */
final class UncoveredServiceReferral {

    private final UncoveredServiceWording wording;

    UncoveredServiceReferral(UncoveredServiceWording wording) {
        this.wording = wording;
    }

    ItemDetermination refer(DisputedTreatment item) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.SERVICE, ServiceWording.plainName(item.serviceType()));
        values.put(Placeholder.ITEM_DESCRIPTION, item.description());
        return new ItemDetermination(item.itemNumber(), item.description(), Outcome.EXPERT_REVIEW_REQUIRED,
                wording.citation(), wording.rationaleTemplate().render(values), null, null);
    }
}
