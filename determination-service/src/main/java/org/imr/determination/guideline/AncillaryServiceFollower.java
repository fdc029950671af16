package org.imr.determination.guideline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imr.determination.guideline.facts.FoundFact;
import org.imr.determination.guideline.knowledge.AncillaryServices;
import org.imr.determination.guideline.knowledge.Placeholder;
import org.imr.determination.guideline.vocabulary.ServiceRequest;

/**
 * Decides a service requested for a procedure that the same application disputes: when the procedure is not
 * medically necessary, neither is the service (the letters' "As the requested surgical intervention is not
 * medically necessary, the requested ancillary service is not medically necessary"). Otherwise the service's own
 * rule decides it.
 */
final class AncillaryServiceFollower {

    private final AncillaryServices ancillary;

    AncillaryServiceFollower(AncillaryServices ancillary) {
        this.ancillary = ancillary;
    }

    /** The procedure of the same application that the item is a service for, if the item is one. */
    Optional<DisputedTreatment> primaryOf(ServiceRequest item, List<ServiceRequest> items) {
        if (!isAncillary(item)) {
            return Optional.empty();
        }
        return items.stream()
                .filter(other -> other.item().itemNumber() != item.item().itemNumber())
                .filter(other -> other.isAny(ancillary.primaryConcepts()))
                .filter(other -> !isAncillary(other))
                .map(ServiceRequest::item)
                .findFirst();
    }

    /** The item's decision when its procedure was decided not medically necessary; empty otherwise. */
    Optional<ItemDetermination> follow(DisputedTreatment item, DisputedTreatment primary,
            ItemDetermination primaryDecision) {
        if (primaryDecision.outcome() != Outcome.UPHELD) {
            return Optional.empty();
        }
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.ITEM_DESCRIPTION, item.description());
        values.put(Placeholder.PRIMARY_ITEM, primary.description());
        return Optional.of(new ItemDetermination(item.itemNumber(), item.description(), Outcome.UPHELD,
                ancillary.citation(), ancillary.rationaleTemplate().render(values), ancillary.id(),
                ancillary.version(), List.of(FoundFact.outsideTheText(ancillary.id(),
                        primary.description() + ", not medically necessary",
                        "item " + primary.itemNumber() + " of the application"))));
    }

    private boolean isAncillary(ServiceRequest item) {
        return item.isAny(ancillary.itemConcepts());
    }
}
