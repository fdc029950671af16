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
 * medically necessary, the requested ancillary service is not medically necessary"); when it is, a service the
 * procedure includes is too. Otherwise the service's own rule decides it.
 */
final class AncillaryServiceFollower {

    private final AncillaryServices ancillary;

    AncillaryServiceFollower(AncillaryServices ancillary) {
        this.ancillary = ancillary;
    }

    /** The procedure of the same application that the item is a service for, if the item is one. */
    Optional<ServiceRequest> primaryOf(ServiceRequest item, List<ServiceRequest> items) {
        return ancillary.services().stream()
                .filter(services -> isServiceOf(item, services))
                .flatMap(services -> items.stream()
                        .filter(other -> other.item().itemNumber() != item.item().itemNumber())
                        .filter(other -> other.isAny(services.procedureConcepts()))
                        .filter(other -> !isAncillary(other)))
                .findFirst();
    }

    /** The item's decision when its procedure was decided not medically necessary; empty otherwise. */
    Optional<ItemDetermination> follow(DisputedTreatment item, DisputedTreatment primary,
            ItemDetermination primaryDecision) {
        if (primaryDecision.outcome() != Outcome.UPHELD) {
            return Optional.empty();
        }
        return Optional.of(new ItemDetermination(item.itemNumber(), item.description(), Outcome.UPHELD,
                ancillary.citation(), ancillary.rationaleTemplate().render(values(item, primary)), ancillary.id(),
                ancillary.version(), List.of(primaryDecided(primary, "not medically necessary", ancillary.id()))));
    }

    /** The item's decision when its procedure was decided medically necessary and includes it; empty otherwise. */
    Optional<ItemDetermination> includedIn(ServiceRequest item, ServiceRequest primary,
            ItemDetermination primaryDecision) {
        if (primaryDecision.outcome() != Outcome.OVERTURNED) {
            return Optional.empty();
        }
        return ancillary.includedInANecessaryProcedure().stream()
                .filter(included -> item.isAny(included.itemConcepts()) && primary.isAny(included.procedureConcepts()))
                .findFirst()
                .map(included -> new ItemDetermination(item.item().itemNumber(), item.item().description(),
                        Outcome.OVERTURNED, included.citation(),
                        included.rationaleTemplate().render(values(item.item(), primary.item())), included.id(),
                        included.version(), List.of(primaryDecided(primary.item(), "medically necessary",
                                included.id()))));
    }

    private static Map<Placeholder, String> values(DisputedTreatment item, DisputedTreatment primary) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.ITEM_DESCRIPTION, item.description());
        values.put(Placeholder.PRIMARY_ITEM, primary.description());
        return values;
    }

    private static FoundFact primaryDecided(DisputedTreatment primary, String decision, String ruleId) {
        return FoundFact.outsideTheText(ruleId, primary.description() + ", " + decision,
                "item " + primary.itemNumber() + " of the application");
    }

    private boolean isAncillary(ServiceRequest item) {
        return ancillary.services().stream().anyMatch(services -> isServiceOf(item, services));
    }

    private static boolean isServiceOf(ServiceRequest item, AncillaryServices.ServicesFor services) {
        return item.isAny(services.itemConcepts()) && (!services.onlyWithoutFamily() || item.families().isEmpty());
    }
}
