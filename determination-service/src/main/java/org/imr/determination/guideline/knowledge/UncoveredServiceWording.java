package org.imr.determination.guideline.knowledge;

import java.util.Set;

/**
 * What an item that no rule governs gets: a citation stating that no rule covers it, and a rationale referring it
 * to the expert reviewer.
 *
 * @param citation  citation text
 * @param rationale rationale template; may use {@code {service}} and {@code {itemDescription}}
 */
public record UncoveredServiceWording(String citation, String rationale) {

    /** The placeholders the rationale may use. */
    public static final Set<Placeholder> PLACEHOLDERS = Set.of(Placeholder.SERVICE, Placeholder.ITEM_DESCRIPTION);

    public RationaleTemplate rationaleTemplate() {
        return new RationaleTemplate(rationale);
    }
}
