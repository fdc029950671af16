package org.imr.determination.guideline.knowledge;

import java.util.List;
import java.util.Set;

/**
 * A course of treatment the utilization review modified: the claims administrator authorized part of it (a trial
 * of visits, a smaller supply) and the remaining portion is disputed. The guidelines continue a course only on
 * documented functional improvement from what was given, which the records cannot show for the authorized part
 * yet; so a remaining portion the service's own rule would support is not medically necessary.
 *
 * @param id                stable identifier recorded on every decision it makes
 * @param version           version of this rule
 * @param summary           what the rule says, for people reading the file
 * @param authorizedConcept the concept of an item description stating the claims administrator authorized part of it
 * @param concepts          the services given as a course or a supply, to which the rule applies
 * @param notWithConcepts   concepts that mark a different kind of care authorized instead (a skilled nursing stay)
 * @param rationale         the rationale; may use {@code {guidelineReference}}, {@code {service}} and
 *                          {@code {itemDescription}}
 */
public record PartiallyAuthorizedCourses(String id, String version, String summary, String authorizedConcept,
        List<String> concepts, List<String> notWithConcepts, String rationale) {

    /** The placeholders the rationale may use. */
    public static final Set<Placeholder> PLACEHOLDERS = Set.of(Placeholder.GUIDELINE_REFERENCE, Placeholder.SERVICE,
            Placeholder.ITEM_DESCRIPTION);

    public PartiallyAuthorizedCourses {
        concepts = ImmutableCopies.list(concepts);
        notWithConcepts = ImmutableCopies.list(notWithConcepts);
    }

    public RationaleTemplate rationaleTemplate() {
        return new RationaleTemplate(rationale);
    }
}
