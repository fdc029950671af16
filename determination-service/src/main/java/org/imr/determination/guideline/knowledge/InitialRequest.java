package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * What a guideline requires for a first request of a drug (the records do not show the worker taking it), where it
 * differs from continuing it: a first-line drug needs its indication, not yet a response to it.
 *
 * @param requirement        what the guideline requires of a first request, in words, for the rationale
 * @param supportedWhenAllOf alternatives, each a list of facts that must all be documented; an empty alternative is
 *                           a first request the guideline supports as such
 */
public record InitialRequest(String requirement, List<List<String>> supportedWhenAllOf) {

    public InitialRequest {
        supportedWhenAllOf = supportedWhenAllOf == null ? List.of()
                : supportedWhenAllOf.stream().map(ImmutableCopies::list).toList();
    }
}
