package org.imr.determination.guideline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.knowledge.PartiallyAuthorizedCourses;
import org.imr.determination.guideline.knowledge.Placeholder;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.ServiceWording;
import org.imr.determination.guideline.text.TermPhrase;

/**
 * Upholds the remaining portion of a course the utilization review modified when the service's own rule would
 * support it: continuing a course needs documented functional improvement from the authorized part first.
 */
final class PartialAuthorizationCheck {

    private final PartiallyAuthorizedCourses courses;
    private final List<TermPhrase> authorized;
    private final List<TermPhrase> otherCare;

    PartialAuthorizationCheck(PartiallyAuthorizedCourses courses) {
        this.courses = courses;
        this.authorized = courses.authorizedPhrases().stream().map(TermPhrase::of).toList();
        this.otherCare = courses.notApplicableWhenItemMentions().stream().map(TermPhrase::of).toList();
    }

    /** The decision itself, or the upheld remaining portion of a partially authorized course. */
    ItemDetermination review(ItemDetermination decision, DisputedTreatment item, GuidelineRule rule,
            CaseFile caseFile) {
        NormalizedText description = NormalizedText.of(item.description());
        if (decision.outcome() != Outcome.OVERTURNED || !courses.serviceTypes().contains(item.serviceType())
                || !description.containsAny(authorized) || description.containsAny(otherCare)) {
            return decision;
        }
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.GUIDELINE_REFERENCE, rule.citationOn(caseFile.receivedDate()).inSentence());
        values.put(Placeholder.SERVICE, ServiceWording.plainName(item.serviceType()));
        values.put(Placeholder.ITEM_DESCRIPTION, item.description());
        return new ItemDetermination(item.itemNumber(), item.description(), Outcome.UPHELD, decision.guidelineCitation(),
                courses.rationaleTemplate().render(values), courses.id(), courses.version(), decision.evidence());
    }
}
