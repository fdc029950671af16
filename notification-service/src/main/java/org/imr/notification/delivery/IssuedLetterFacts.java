package org.imr.notification.delivery;

import java.time.LocalDate;
import java.util.List;

import org.imr.schemas.Party;

/**
 * What the deliveries of an issued letter are planned from.
 *
 * @param items the disputed items with their decisions as printed ("Overturned", "Upheld", ...)
 */
public record IssuedLetterFacts(String caseNumber, int letterVersion, LocalDate decisionDate, List<Party> parties,
        List<DecidedItem> items, String letterUri, String letterPdfUri) {

    public IssuedLetterFacts {
        parties = List.copyOf(parties);
        items = List.copyOf(items);
    }

    /** A disputed item and whether the determination overturned the utilization-review denial. */
    public record DecidedItem(String description, String decision, boolean overturned) {
    }

    List<String> overturnedItems() {
        return items.stream().filter(DecidedItem::overturned).map(DecidedItem::description).toList();
    }
}
