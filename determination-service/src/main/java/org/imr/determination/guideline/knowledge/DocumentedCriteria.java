package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * When a guideline supports a service: the case file must document every fact of at least one alternative, and none
 * of the facts that rule it out. Facts are ids of the knowledge base's {@code clinicalFacts}.
 *
 * @param requirement         what the guideline requires, in words, for the rationale
 * @param supportedWhenAllOf  alternatives, each a list of facts that must all be documented
 * @param notSupportedWhenAnyOf facts that rule the service out whatever else is documented
 * @param maxRequestedUnits   when set, the most visits or units the guideline supports in one request; a request
 *                            that does not state its amount, or asks for more, is not supported
 * @param priorCourse         a fact stating that a course of this service was already given; a request for more (or
 *                            one that says "additional" or "continue") then also needs every fact of
 *                            {@code extensionRequires}
 * @param extensionRequires   what the records must document to extend a prior course, e.g. functional improvement
 * @param notRecommended      the guideline does not recommend the service at all: every request is upheld, and
 *                            {@code supportedWhenAllOf} is left empty
 * @param initialRequest      for a drug, what a first request needs where it differs from continuing the drug; null
 *                            when the same criteria apply
 * @param maxUnitsWithImprovement when set, the most visits or units one request may ask for to extend a prior course
 *                            whose functional improvement the records document (manipulation: a trial of 6, up to 18
 *                            in all with objective functional improvement, so 12 more); otherwise
 *                            {@code maxRequestedUnits} applies to extensions as well
 * @param maxRequestedDays    when set, the most days of use (a rental, a stay) the guideline supports; a request that
 *                            does not state its duration, or asks for more, is not supported
 * @param maxSpinalLevels     when set, the most spinal levels one request may name (an epidural injection: no more
 *                            than two nerve root levels at one session); a request naming no level is not held to it
 * @param maxStatedUnits      when set, the most visits or units one request may state where the guideline sets no
 *                            course but decides each by need (office visits: individualized case review, no set number
 *                            per condition; urine drug testing: a few times a year); a request that states no amount
 *                            is not held to it
 * @param maxStatedDays       when set, the most days of use (a trial rental) one request may state; a request that
 *                            states no duration is not held to it, nor is the extension of a prior course whose
 *                            functional improvement the records document
 * @param maxHoursPerWeek     when set, the most hours a week one request may state (home health services: generally
 *                            up to no more than 35 hours per week); a request that states no hours a week is not held
 *                            to it
 * @param postsurgicalCourses the general courses of post-surgical physical medicine by surgery: for a surgery the
 *                            records state, the most visits one request may ask for is the initial course (one half
 *                            of the general course), or the subsequent course to extend a course whose functional
 *                            improvement the records document, in place of {@code maxRequestedUnits}; of several
 *                            surgeries stated, the longest course
 * @param notSupportedWhenAllOf alternatives, each a list of facts that together rule the service out though none
 *                            does alone: a worker at low risk of aberrant drug-taking behaviour (one fact) who had a
 *                            urine drug test within the year (another) is not due for the next (MTUS Opioid Treatment
 *                            2016, 3.3.6: testing frequency by risk)
 * @param notAtSpinalLevelsOf a fact of a past procedure of the spine (a fusion) that rules the service out at the
 *                            levels it was done: a request that names a spinal segment written next to the words
 *                            stating the fact is not supported (ODG Low Back and Neck, Facet joint diagnostic blocks:
 *                            not in a patient who has had a previous fusion procedure at the planned injection
 *                            level), while one of the levels above or below is held to the other criteria; null when
 *                            none
 */
public record DocumentedCriteria(String requirement, List<List<String>> supportedWhenAllOf,
        List<String> notSupportedWhenAnyOf, Integer maxRequestedUnits, String priorCourse,
        List<String> extensionRequires, Boolean notRecommended, InitialRequest initialRequest,
        Integer maxUnitsWithImprovement, Integer maxRequestedDays, Integer maxSpinalLevels,
        Integer maxStatedUnits, Integer maxStatedDays, Integer maxHoursPerWeek,
        List<PostsurgicalCourse> postsurgicalCourses, List<List<String>> notSupportedWhenAllOf,
        String notAtSpinalLevelsOf) {

    public DocumentedCriteria {
        supportedWhenAllOf = supportedWhenAllOf == null ? List.of()
                : supportedWhenAllOf.stream().map(ImmutableCopies::list).toList();
        notSupportedWhenAnyOf = ImmutableCopies.list(notSupportedWhenAnyOf);
        extensionRequires = ImmutableCopies.list(extensionRequires);
        notRecommended = Boolean.TRUE.equals(notRecommended);
        postsurgicalCourses = ImmutableCopies.list(postsurgicalCourses);
        notSupportedWhenAllOf = notSupportedWhenAllOf == null ? List.of()
                : notSupportedWhenAllOf.stream().map(ImmutableCopies::list).toList();
    }
}
