package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * What a guideline requires for a first request of a drug (the records do not show the worker taking it), where it
 * differs from continuing it: a first-line drug needs its indication, not yet a response to it.
 *
 * @param requirement        what the guideline requires of a first request, in words, for the rationale
 * @param supportedWhenAllOf alternatives, each a list of facts that must all be documented; an empty alternative is
 *                           a first request the guideline supports as such
 * @param notBesideAnotherOf a class of drugs of which the guideline supports one at a time: a first request while the
 *                           records show the worker taking another drug of the class (not of its excepted form, not
 *                           stopped or replaced) adds a second one, which it does not support; null when none
 */
public record InitialRequest(String requirement, List<List<String>> supportedWhenAllOf,
        TwoDrugsOf notBesideAnotherOf) {

    public InitialRequest {
        supportedWhenAllOf = supportedWhenAllOf == null ? List.of()
                : supportedWhenAllOf.stream().map(ImmutableCopies::list).toList();
    }
}
