package org.imr.determination.guideline.knowledge;

import java.util.Collection;
import java.util.List;

/**
 * Which disputed items a rule governs, in concepts of the vocabulary (never in words): the item must name or imply at
 * least one concept of every group of {@code allOf} and none of {@code noneOf}. E.g. {@code allOf [["mri"],
 * ["knee"]]} is any MRI of the knee however it is written.
 *
 * @param allOf  groups of concept ids; the item must have one concept of each group
 * @param noneOf concept ids that put the item outside the rule (e.g. post-operative therapy, another guideline)
 */
public record ConceptSelector(List<List<String>> allOf, List<String> noneOf) {

    public ConceptSelector {
        allOf = allOf == null ? List.of() : allOf.stream().map(ImmutableCopies::list).toList();
        noneOf = ImmutableCopies.list(noneOf);
    }

    public boolean matches(Collection<String> concepts) {
        return !allOf.isEmpty()
                && allOf.stream().allMatch(group -> group.stream().anyMatch(concepts::contains))
                && noneOf.stream().noneMatch(concepts::contains);
    }

    /** Every concept id the selector names. */
    public List<String> conceptIds() {
        return java.util.stream.Stream.concat(allOf.stream().flatMap(List::stream), noneOf.stream()).toList();
    }
}
