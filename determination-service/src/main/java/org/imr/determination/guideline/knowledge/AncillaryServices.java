package org.imr.determination.guideline.knowledge;

import java.util.List;
import java.util.Set;

/**
 * Services requested for a procedure (pre-operative tests, an assistant surgeon, post-operative therapy, equipment):
 * when the same application disputes the procedure and the procedure is not medically necessary, neither is the
 * service, whatever its own guideline says. When the procedure is medically necessary, or not disputed in the same
 * application, the service's own rule decides.
 *
 * @param id                  stable identifier recorded on every decision it makes
 * @param version             version of this rule
 * @param summary             what the rule says, for people reading the file
 * @param itemConcepts        concepts that mark an item as a service for a procedure (e.g. post-operative)
 * @param primaryConcepts     concepts of the procedures such services belong to (e.g. surgery)
 * @param citation            the guideline line as letters print it for such a service
 * @param rationale           the rationale; may use {@code {itemDescription}} and {@code {primaryItem}}
 */
public record AncillaryServices(String id, String version, String summary, List<String> itemConcepts,
        List<String> primaryConcepts, String citation, String rationale) {

    /** The placeholders the rationale may use. */
    public static final Set<Placeholder> PLACEHOLDERS = Set.of(Placeholder.ITEM_DESCRIPTION, Placeholder.PRIMARY_ITEM);

    public AncillaryServices {
        itemConcepts = ImmutableCopies.list(itemConcepts);
        primaryConcepts = ImmutableCopies.list(primaryConcepts);
    }

    public RationaleTemplate rationaleTemplate() {
        return new RationaleTemplate(rationale);
    }
}
