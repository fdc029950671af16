package org.imr.determination.guideline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.knowledge.PartiallyAuthorizedCourses;
import org.imr.determination.guideline.knowledge.Placeholder;
import org.imr.determination.guideline.vocabulary.ServiceRequest;
import org.imr.determination.guideline.text.ServiceWording;

/**
 * Upholds the remaining portion of a course the utilization review modified when the service's own rule would
 * support it: continuing a course needs documented functional improvement from the authorized part first.
 */
final class PartialAuthorizationCheck {

    private final PartiallyAuthorizedCourses courses;

    PartialAuthorizationCheck(PartiallyAuthorizedCourses courses) {
        this.courses = courses;
    }

    /** The decision itself, or the upheld remaining portion of a partially authorized course. */
    ItemDetermination review(ItemDetermination decision, ServiceRequest request, GuidelineRule rule,
            CaseFile caseFile) {
        if (decision.outcome() != Outcome.OVERTURNED || !request.isAny(courses.concepts())
                || !request.is(courses.authorizedConcept()) || request.isAny(courses.notWithConcepts())) {
            return decision;
        }
        DisputedTreatment item = request.item();
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.GUIDELINE_REFERENCE,
                rule.citationFor(request.regions(), caseFile.receivedDate()).inSentence());
        values.put(Placeholder.SERVICE, ServiceWording.plainName(item.serviceType()));
        values.put(Placeholder.ITEM_DESCRIPTION, item.description());
        return new ItemDetermination(item.itemNumber(), item.description(), Outcome.UPHELD,
                decision.guidelineCitation(), courses.rationaleTemplate().render(values), courses.id(),
                courses.version(), decision.evidence());
    }
}
