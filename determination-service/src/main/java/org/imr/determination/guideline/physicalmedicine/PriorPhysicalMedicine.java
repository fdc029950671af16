package org.imr.determination.guideline.physicalmedicine;

import java.util.List;
import java.util.Objects;
import org.imr.determination.guideline.PriorTreatmentCourse;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.vocabulary.Vocabulary;
import org.imr.determination.guideline.text.BodyRegionSites;

/**
 * The prior courses that count against a request: courses of a service the rule governs (physical and
 * occupational therapy are one physical medicine course) for the same body region. A course on another region does
 * not count; a course or request whose region is not stated or not recognised counts, since it may be the same.
 *
 * @param courses                         number of counted courses
 * @param visits                          visits completed in them, or null when any count is not documented
 * @param functionalImprovementDocumented true only when every counted course documents functional improvement
 */
record PriorPhysicalMedicine(int courses, Integer visits, boolean functionalImprovementDocumented) {

    static PriorPhysicalMedicine countedAgainst(BodyRegionSites requestedSites, List<PriorTreatmentCourse> prior,
            GuidelineRule rule, Vocabulary vocabulary) {
        List<PriorTreatmentCourse> counted = prior.stream()
                .filter(course -> rule.governs(vocabulary.conceptsOf(course.serviceType())))
                .filter(course -> course.sessionsCompleted() == null || course.sessionsCompleted() > 0)
                .filter(course -> mayBeSameRegion(vocabulary.sitesIn(course.bodyRegion()), requestedSites))
                .toList();
        boolean everyCountKnown = counted.stream()
                .map(PriorTreatmentCourse::sessionsCompleted)
                .allMatch(Objects::nonNull);
        Integer visits = everyCountKnown
                ? counted.stream().mapToInt(PriorTreatmentCourse::sessionsCompleted).sum()
                : null;
        boolean improvement = counted.stream().allMatch(PriorTreatmentCourse::documentsFunctionalImprovement);
        return new PriorPhysicalMedicine(counted.size(), visits, improvement);
    }

    boolean none() {
        return courses == 0;
    }

    private static boolean mayBeSameRegion(BodyRegionSites priorSites, BodyRegionSites requestedSites) {
        return priorSites.isUnknown() || requestedSites.isUnknown() || priorSites.overlaps(requestedSites);
    }
}
