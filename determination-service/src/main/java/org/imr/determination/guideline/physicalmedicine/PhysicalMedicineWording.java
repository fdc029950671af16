package org.imr.determination.guideline.physicalmedicine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.facts.FoundFact;
import org.imr.determination.guideline.knowledge.ConditionCategory;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.knowledge.Placeholder;
import org.imr.determination.guideline.knowledge.RationaleTemplateKey;
import org.imr.determination.guideline.text.ServiceWording;

/**
 * Collects the facts of one item as the rule establishes them, and turns them into the decision with the rule's
 * rationale template for the branch reached. One instance per item evaluation.
 */
final class PhysicalMedicineWording {

    private static final String UNDOCUMENTED_NUMBER = "an undocumented number of";

    private final GuidelineRule rule;
    private final DisputedTreatment item;
    private final Map<Placeholder, String> facts = new EnumMap<>(Placeholder.class);
    private final List<FoundFact> evidence = new ArrayList<>();

    private final org.imr.determination.guideline.knowledge.GuidelineCitation citation;

    PhysicalMedicineWording(GuidelineRule rule, DisputedTreatment item, java.time.LocalDate receivedDate) {
        this.rule = rule;
        this.item = item;
        this.citation = rule.citationOn(receivedDate);
        String service = ServiceWording.plainName(item.serviceType());
        facts.put(Placeholder.GUIDELINE_REFERENCE, citation.inSentence());
        facts.put(Placeholder.SERVICE, service);
        facts.put(Placeholder.SERVICE_FOR_REGION, ServiceWording.forRegion(service, item.bodyRegion()));
        facts.put(Placeholder.CATEGORIES, rule.conditionCategories().stream()
                .map(ConditionCategory::name)
                .collect(Collectors.joining("; ")));
    }

    void condition(ConditionMatch condition) {
        facts.put(Placeholder.CATEGORY, condition.category().name());
        facts.put(Placeholder.MAX_VISITS, Integer.toString(condition.category().maxVisits()));
        facts.put(Placeholder.MAX_WEEKS, Integer.toString(condition.category().maxWeeks()));
        facts.put(Placeholder.CONDITION_BASIS, condition.basis());
        evidence.add(condition.evidence());
    }

    void request(RequestedVisits requested) {
        facts.put(Placeholder.REQUESTED_VISITS, Integer.toString(requested.visits()));
        facts.put(Placeholder.REQUESTED_AMOUNT, requested.amount());
        if (requested.weeks() != null) {
            facts.put(Placeholder.REQUESTED_WEEKS, Integer.toString(requested.weeks()));
        }
    }

    /** The prior course counted against the request, and the facts of the text it was read from (if any). */
    void priorCourse(PriorPhysicalMedicine prior, RequestedVisits requested, List<FoundFact> statedBy) {
        evidence.addAll(statedBy);
        if (prior.visits() == null) {
            facts.put(Placeholder.PRIOR_VISITS, UNDOCUMENTED_NUMBER);
        } else {
            facts.put(Placeholder.PRIOR_VISITS, Integer.toString(prior.visits()));
            facts.put(Placeholder.TOTAL_VISITS, Long.toString((long) prior.visits() + requested.visits()));
        }
    }

    ItemDetermination decide(RationaleTemplateKey branch) {
        String rationale = rule.template(branch).render(facts);
        return new ItemDetermination(item.itemNumber(), item.description(), branch.outcome(),
                citation.printed(), rationale, rule.id(), rule.version(), evidence);
    }
}
