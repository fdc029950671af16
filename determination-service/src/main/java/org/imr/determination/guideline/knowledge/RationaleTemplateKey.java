package org.imr.determination.guideline.knowledge;

import static org.imr.determination.guideline.knowledge.Placeholder.CATEGORIES;
import static org.imr.determination.guideline.knowledge.Placeholder.CATEGORY;
import static org.imr.determination.guideline.knowledge.Placeholder.CONDITION_BASIS;
import static org.imr.determination.guideline.knowledge.Placeholder.GUIDELINE_REFERENCE;
import static org.imr.determination.guideline.knowledge.Placeholder.MAX_VISITS;
import static org.imr.determination.guideline.knowledge.Placeholder.MAX_WEEKS;
import static org.imr.determination.guideline.knowledge.Placeholder.PRIOR_VISITS;
import static org.imr.determination.guideline.knowledge.Placeholder.REQUESTED_AMOUNT;
import static org.imr.determination.guideline.knowledge.Placeholder.REQUESTED_VISITS;
import static org.imr.determination.guideline.knowledge.Placeholder.REQUESTED_WEEKS;
import static org.imr.determination.guideline.knowledge.Placeholder.SERVICE;
import static org.imr.determination.guideline.knowledge.Placeholder.SERVICE_FOR_REGION;
import static org.imr.determination.guideline.knowledge.Placeholder.TOTAL_VISITS;
import static org.imr.determination.guideline.knowledge.Placeholder.DOCUMENTED_FACTS;
import static org.imr.determination.guideline.knowledge.Placeholder.ITEM_DESCRIPTION;
import static org.imr.determination.guideline.knowledge.Placeholder.MISSING_FACTS;
import static org.imr.determination.guideline.knowledge.Placeholder.REQUIREMENT;
import static org.imr.determination.guideline.knowledge.Placeholder.RULING_OUT_FACTS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.imr.determination.guideline.Outcome;

/**
 * The contract between the rationale templates in the data file and the evaluator of a rule kind: the key a
 * template has in {@code rationaleTemplates}, the outcome it states and the placeholders it may use.
 */
public enum RationaleTemplateKey {
    NO_CONDITION_CATEGORY("noConditionCategory", Outcome.EXPERT_REVIEW_REQUIRED, Facts.SERVICE),
    CRITERIA_MET("criteriaMet", Outcome.OVERTURNED, RuleKind.DOCUMENTED_CRITERIA,
            Facts.with(Facts.CRITERIA, DOCUMENTED_FACTS)),
    CRITERIA_NOT_MET("criteriaNotMet", Outcome.UPHELD, RuleKind.DOCUMENTED_CRITERIA,
            Facts.with(Facts.CRITERIA, DOCUMENTED_FACTS, MISSING_FACTS)),
    RULED_OUT("ruledOut", Outcome.UPHELD, RuleKind.DOCUMENTED_CRITERIA, Facts.with(Facts.CRITERIA, RULING_OUT_FACTS)),
    NOT_RECOMMENDED("notRecommended", Outcome.UPHELD, RuleKind.DOCUMENTED_CRITERIA, Facts.CRITERIA),
    AMOUNT_NOT_STATED("amountNotStated", Outcome.UPHELD, RuleKind.DOCUMENTED_CRITERIA,
            Facts.with(Facts.CRITERIA, MAX_VISITS)),
    EXCEEDS_AMOUNT("exceedsAmount", Outcome.UPHELD, RuleKind.DOCUMENTED_CRITERIA,
            Facts.with(Facts.CRITERIA, MAX_VISITS, REQUESTED_VISITS)),
    /** An extension of a course past its most visits in all: the visits requested after those already given. */
    EXCEEDS_AMOUNT_IN_ALL("exceedsAmountInAll", Outcome.UPHELD, RuleKind.DOCUMENTED_CRITERIA,
            Facts.with(Facts.CRITERIA, MAX_VISITS, REQUESTED_VISITS, PRIOR_VISITS, TOTAL_VISITS)),
    REQUESTED_AMOUNT_UNKNOWN("requestedAmountUnknown", Outcome.UPHELD, Facts.CONDITION),
    EXCEEDS_VISIT_LIMIT("exceedsVisitLimit", Outcome.UPHELD, Facts.REQUEST),
    EXCEEDS_WEEK_LIMIT("exceedsWeekLimit", Outcome.UPHELD, Facts.with(Facts.REQUEST, REQUESTED_WEEKS)),
    PRIOR_COURSE_WITHOUT_FUNCTIONAL_IMPROVEMENT("priorCourseWithoutFunctionalImprovement", Outcome.UPHELD,
            Facts.with(Facts.REQUEST, PRIOR_VISITS)),
    PRIOR_VISITS_UNDOCUMENTED("priorVisitsUndocumented", Outcome.UPHELD, Facts.REQUEST),
    TOTAL_EXCEEDS_VISIT_LIMIT("totalExceedsVisitLimit", Outcome.UPHELD, Facts.PRIOR_COURSE),
    PRIOR_COURSE_WITH_FUNCTIONAL_IMPROVEMENT_WITHIN_LIMIT("priorCourseWithFunctionalImprovementWithinLimit",
            Outcome.OVERTURNED, Facts.PRIOR_COURSE),
    NO_PRIOR_COURSE_WITHIN_LIMIT("noPriorCourseWithinLimit", Outcome.OVERTURNED, Facts.REQUEST);

    private final String jsonKey;
    private final Outcome outcome;
    private final Set<Placeholder> placeholders;
    private final RuleKind kind;

    RationaleTemplateKey(String jsonKey, Outcome outcome, Set<Placeholder> placeholders) {
        this(jsonKey, outcome, RuleKind.PHYSICAL_MEDICINE_VISIT_LIMITS, placeholders);
    }

    RationaleTemplateKey(String jsonKey, Outcome outcome, RuleKind kind, Set<Placeholder> placeholders) {
        this.kind = kind;
        this.jsonKey = jsonKey;
        this.outcome = outcome;
        this.placeholders = Collections.unmodifiableSet(EnumSet.copyOf(placeholders));
    }

    public String jsonKey() {
        return jsonKey;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The placeholders the evaluator fills for this template. */
    public Set<Placeholder> placeholders() {
        return placeholders;
    }

    /** Whether a rule must provide this template: every template of its kind, the amount ones only with a limit. */
    public boolean requiredBy(GuidelineRule rule) {
        if (kind != rule.kind()) {
            return false;
        }
        boolean aboutAmount = this == AMOUNT_NOT_STATED || this == EXCEEDS_AMOUNT;
        boolean notRecommended = rule.criteria() != null && rule.criteria().notRecommended();
        if (this == NOT_RECOMMENDED || notRecommended) {
            return this == NOT_RECOMMENDED && notRecommended;
        }
        if (this == EXCEEDS_AMOUNT_IN_ALL) {
            return rule.criteria() != null && rule.criteria().priorCourse() != null
                    && rule.criteria().maxRequestedUnits() != null && rule.criteria().maxUnitsWithImprovement() != null;
        }
        return !aboutAmount || (rule.criteria() != null
                && (rule.criteria().maxRequestedUnits() != null || rule.criteria().maxRequestedDays() != null
                        || rule.criteria().maxSpinalLevels() != null || rule.criteria().maxStatedUnits() != null
                        || rule.criteria().maxStatedDays() != null || rule.criteria().maxHoursPerWeek() != null));
    }

    /** The rule kind whose rules provide this template. */
    public RuleKind kind() {
        return kind;
    }

    /** The groups of facts known at each step of the physical medicine rule. */
    private static final class Facts {
        static final Set<Placeholder> SERVICE = Collections.unmodifiableSet(EnumSet.of(GUIDELINE_REFERENCE,
                Placeholder.SERVICE, SERVICE_FOR_REGION, CATEGORIES));
        static final Set<Placeholder> CONDITION = with(SERVICE, CATEGORY, MAX_VISITS, MAX_WEEKS, CONDITION_BASIS);
        static final Set<Placeholder> REQUEST = with(CONDITION, REQUESTED_VISITS, REQUESTED_AMOUNT);
        static final Set<Placeholder> PRIOR_COURSE = with(REQUEST, PRIOR_VISITS, TOTAL_VISITS);
        static final Set<Placeholder> CRITERIA = Collections.unmodifiableSet(EnumSet.of(GUIDELINE_REFERENCE,
                Placeholder.SERVICE, ITEM_DESCRIPTION, REQUIREMENT));

        static Set<Placeholder> with(Set<Placeholder> base, Placeholder... more) {
            EnumSet<Placeholder> result = EnumSet.copyOf(base);
            result.addAll(Stream.of(more).toList());
            return Collections.unmodifiableSet(result);
        }
    }
}
