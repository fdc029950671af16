package org.imr.determination.guideline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imr.determination.guideline.criteria.DocumentedCriteriaEvaluator;
import org.imr.determination.guideline.facts.CaseText;
import org.imr.determination.guideline.facts.ClinicalFactFinder;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBase;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.physicalmedicine.PhysicalMedicineEvaluator;
import org.imr.determination.guideline.text.BodyRegionParser;

/**
 * Decides every disputed item of a case by the guideline rules of one knowledge base. Of the rules that govern an
 * item, the one highest in the evidence hierarchy (MTUS, then ACOEM, ODG, other) decides; an item that no rule
 * governs is referred to the expert reviewer. Immutable and thread-safe.
 */
public final class DeterminationEngine {

    private final String knowledgeBaseVersion;
    private final List<GuidelineRuleEvaluator> evaluatorsByPrecedence;
    private final UncoveredServiceReferral uncoveredServiceReferral;
    private final AncillaryServiceFollower ancillaryServices;
    private final PartialAuthorizationCheck partialAuthorization;

    public DeterminationEngine(GuidelineKnowledgeBase knowledgeBase) {
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        BodyRegionParser bodyRegions = new BodyRegionParser(knowledgeBase.bodyRegions());
        ClinicalFactFinder facts = new ClinicalFactFinder(knowledgeBase.clinicalFacts());
        this.knowledgeBaseVersion = knowledgeBase.knowledgeBaseVersion();
        this.evaluatorsByPrecedence = knowledgeBase.rules().stream()
                .sorted(Comparator.comparing(GuidelineRule::hierarchyLevel))
                .map(rule -> evaluatorFor(rule, bodyRegions, facts))
                .toList();
        this.uncoveredServiceReferral = new UncoveredServiceReferral(knowledgeBase.uncoveredService());
        this.ancillaryServices = new AncillaryServiceFollower(knowledgeBase.ancillaryServices());
        this.partialAuthorization = new PartialAuthorizationCheck(knowledgeBase.partiallyAuthorizedCourses());
    }

    /** An engine over the rules in {@value GuidelineKnowledgeBaseLoader#DEFAULT_RESOURCE}. */
    public static DeterminationEngine fromClasspath() {
        return new DeterminationEngine(new GuidelineKnowledgeBaseLoader().loadDefault());
    }

    public String knowledgeBaseVersion() {
        return knowledgeBaseVersion;
    }

    /**
     * One decision per disputed item, in the order of the case file. The procedures are decided first, so that a
     * service requested for a procedure the same application disputes can follow the procedure's decision.
     */
    public Determination decide(CaseFile caseFile) {
        Objects.requireNonNull(caseFile, "caseFile");
        List<DisputedTreatment> items = caseFile.disputedItems();
        Map<Integer, ItemDetermination> decided = new HashMap<>();
        Map<DisputedTreatment, DisputedTreatment> primaries = new HashMap<>();
        for (DisputedTreatment item : items) {
            ancillaryServices.primaryOf(item, items).ifPresentOrElse(primary -> primaries.put(item, primary),
                    () -> decided.put(item.itemNumber(), decideByRules(item, caseFile)));
        }
        primaries.forEach((item, primary) -> decided.put(item.itemNumber(),
                decideAncillary(item, primary, decided.get(primary.itemNumber()), caseFile)));
        return new Determination(items.stream().map(item -> decided.get(item.itemNumber())).toList(),
                knowledgeBaseVersion);
    }

    private ItemDetermination decideAncillary(DisputedTreatment item, DisputedTreatment primary,
            ItemDetermination primaryDecision, CaseFile caseFile) {
        if (primaryDecision.outcome() == Outcome.OVERTURNED) {
            return decideByRules(item, caseFile.withPlannedSurgery(primary.description()));
        }
        return ancillaryServices.follow(item, primary, primaryDecision).orElseGet(() -> decideByRules(item, caseFile));
    }

    private ItemDetermination decideByRules(DisputedTreatment item, CaseFile caseFile) {
        CaseText text = CaseText.of(caseFile);
        return evaluatorsByPrecedence.stream()
                .filter(evaluator -> evaluator.appliesTo(item, text))
                .findFirst()
                .map(evaluator -> partialAuthorization.review(evaluator.evaluate(item, caseFile, text), item,
                        evaluator.rule(), caseFile))
                .orElseGet(() -> uncoveredServiceReferral.refer(item));
    }

    private static GuidelineRuleEvaluator evaluatorFor(GuidelineRule rule, BodyRegionParser bodyRegions,
            ClinicalFactFinder facts) {
        return switch (rule.kind()) {
            case PHYSICAL_MEDICINE_VISIT_LIMITS -> new PhysicalMedicineEvaluator(rule, bodyRegions, facts);
            case DOCUMENTED_CRITERIA -> new DocumentedCriteriaEvaluator(rule, facts);
        };
    }
}
