package org.imr.determination.guideline.physicalmedicine;

import org.imr.determination.guideline.facts.CaseText;
import org.imr.determination.guideline.facts.ClinicalFactFinder;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.EXCEEDS_VISIT_LIMIT;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.EXCEEDS_WEEK_LIMIT;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.NO_CONDITION_CATEGORY;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.NO_PRIOR_COURSE_WITHIN_LIMIT;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.PRIOR_COURSE_WITHOUT_FUNCTIONAL_IMPROVEMENT;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.PRIOR_COURSE_WITH_FUNCTIONAL_IMPROVEMENT_WITHIN_LIMIT;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.PRIOR_VISITS_UNDOCUMENTED;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.REQUESTED_AMOUNT_UNKNOWN;
import static org.imr.determination.guideline.knowledge.RationaleTemplateKey.TOTAL_EXCEEDS_VISIT_LIMIT;

import java.util.List;
import java.util.Optional;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.GuidelineRuleEvaluator;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.knowledge.ConditionCategory;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.vocabulary.ServiceRequest;
import org.imr.determination.guideline.vocabulary.Vocabulary;
import org.imr.determination.guideline.text.BodyRegionSites;

/**
 * MTUS Chronic Pain Treatment Guidelines, Physical Medicine: physical and occupational therapy up to the visit
 * limit of the condition category; more visits only with documented objective functional improvement.
 *
 * <p>In order: no condition category, refer to the expert reviewer; amount not stated, upheld; more visits or weeks
 * than the category allows, upheld; no prior course for the region, overturned; a prior course without documented
 * functional improvement, upheld; prior visits not counted, upheld; prior plus requested visits above the limit,
 * upheld; otherwise overturned.
 */
public final class PhysicalMedicineEvaluator implements GuidelineRuleEvaluator {

    private final GuidelineRule rule;
    private final ConditionClassifier conditions;
    private final Vocabulary vocabulary;

    private final PriorCourseFromText priorCoursesInText;

    public PhysicalMedicineEvaluator(GuidelineRule rule, ClinicalFactFinder facts, Vocabulary vocabulary) {
        this.rule = rule;
        this.priorCoursesInText = new PriorCourseFromText(facts, vocabulary);
        this.conditions = new ConditionClassifier(rule.conditionCategories(), vocabulary);
        this.vocabulary = vocabulary;
    }

    @Override
    public GuidelineRule rule() {
        return rule;
    }

    @Override
    public boolean appliesTo(ServiceRequest request, CaseText text) {
        return rule.governs(request.concepts());
    }

    @Override
    public ItemDetermination evaluate(ServiceRequest request, CaseFile caseFile, CaseText text) {
        DisputedTreatment item = request.item();
        PhysicalMedicineWording wording = new PhysicalMedicineWording(rule, item, caseFile.receivedDate());
        BodyRegionSites requestedSites = vocabulary.sitesIn(item.bodyRegion());
        Optional<ConditionMatch> condition = conditions.classify(caseFile, requestedSites);
        if (condition.isEmpty()) {
            return wording.decide(NO_CONDITION_CATEGORY);
        }
        wording.condition(condition.get());
        RequestedVisits requested = RequestedVisits.of(item);
        if (!requested.known()) {
            return wording.decide(REQUESTED_AMOUNT_UNKNOWN);
        }
        wording.request(requested);
        ConditionCategory category = condition.get().category();
        if (requested.visits() > category.maxVisits()) {
            return wording.decide(EXCEEDS_VISIT_LIMIT);
        }
        if (requested.weeks() != null && requested.weeks() > category.maxWeeks()) {
            return wording.decide(EXCEEDS_WEEK_LIMIT);
        }
        PriorPhysicalMedicine prior = PriorPhysicalMedicine.countedAgainst(requestedSites,
                priorCoursesInText.courses(caseFile, text, item), rule, vocabulary);
        if (prior.none()) {
            return wording.decide(NO_PRIOR_COURSE_WITHIN_LIMIT);
        }
        wording.priorCourse(prior, requested, priorCoursesInText.evidence(caseFile, text));
        if (!prior.functionalImprovementDocumented()) {
            return wording.decide(PRIOR_COURSE_WITHOUT_FUNCTIONAL_IMPROVEMENT);
        }
        if (prior.visits() == null) {
            return wording.decide(PRIOR_VISITS_UNDOCUMENTED);
        }
        if ((long) prior.visits() + requested.visits() > category.maxVisits()) {
            return wording.decide(TOTAL_EXCEEDS_VISIT_LIMIT);
        }
        return wording.decide(PRIOR_COURSE_WITH_FUNCTIONAL_IMPROVEMENT_WITHIN_LIMIT);
    }
}
