package org.imr.determination.guideline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imr.determination.guideline.criteria.DocumentedCriteriaEvaluator;
import org.imr.determination.guideline.facts.CaseText;
import org.imr.determination.guideline.facts.ClinicalFactFinder;
import org.imr.determination.guideline.facts.DrugHistory;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBase;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.physicalmedicine.PhysicalMedicineEvaluator;
import org.imr.determination.guideline.vocabulary.ServiceRequest;
import org.imr.determination.guideline.vocabulary.Vocabulary;
import org.imr.determination.guideline.vocabulary.VocabularyLoader;

/**
 * Decides every disputed item of a case by the guideline rules of one knowledge base. Each item is first read into
 * concepts of the vocabulary (family, modality, region, side, drug and class, modifiers); the rules govern concepts.
 * Of the rules that govern an item, the one highest in the evidence hierarchy (MTUS, then ACOEM, ODG, other)
 * decides (of one level, a rule for a condition the records state, such as a recent surgery, before the rules for
 * every case), a family's default only when no other rule governs it; an item that no rule governs (it belongs to no
 * known family) is referred to the expert reviewer. Immutable and thread-safe.
 */
public final class DeterminationEngine {

    private final String knowledgeBaseVersion;
    private final List<GuidelineRuleEvaluator> evaluatorsByPrecedence;
    private final UncoveredServiceReferral uncoveredServiceReferral;
    private final AncillaryServiceFollower ancillaryServices;
    private final PartialAuthorizationCheck partialAuthorization;
    private final Vocabulary vocabulary;

    /** An engine over the knowledge base's rules with the vocabulary in {@value VocabularyLoader#DEFAULT_RESOURCE}. */
    public DeterminationEngine(GuidelineKnowledgeBase knowledgeBase) {
        this(knowledgeBase, new VocabularyLoader().loadDefault());
    }

    /**
     * @throws IllegalArgumentException when the knowledge base names a concept the vocabulary does not define
     */
    public DeterminationEngine(GuidelineKnowledgeBase knowledgeBase, Vocabulary vocabulary) {
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        new ConceptReferences(vocabulary).requireDefined(knowledgeBase);
        ClinicalFactFinder facts = new ClinicalFactFinder(knowledgeBase.clinicalFacts().stream()
                .map(fact -> fact.withConceptNames(vocabulary::namesOf))
                .toList(), vocabulary);
        this.knowledgeBaseVersion = knowledgeBase.knowledgeBaseVersion();
        DrugHistory drugHistory = new DrugHistory(vocabulary);
        this.evaluatorsByPrecedence = knowledgeBase.rules().stream()
                .sorted(Comparator.comparing(GuidelineRule::familyDefault).thenComparing(GuidelineRule::hierarchyLevel)
                        .thenComparing(rule -> rule.appliesWhenCaseStates().isEmpty()))
                .map(rule -> evaluatorFor(rule, facts, vocabulary, drugHistory))
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
        List<ServiceRequest> requests = items.stream().map(vocabulary::read).toList();
        Map<Integer, ItemDetermination> decided = new HashMap<>();
        Map<ServiceRequest, ServiceRequest> primaries = new HashMap<>();
        CaseReading reading = new CaseReading(caseFile);
        for (ServiceRequest request : requests) {
            ancillaryServices.primaryOf(request, requests).ifPresentOrElse(primary -> primaries.put(request, primary),
                    () -> decided.put(request.item().itemNumber(), decideByRules(request, reading)));
        }
        primaries.forEach((request, primary) -> decided.put(request.item().itemNumber(),
                decideAncillary(request, primary, decided.get(primary.item().itemNumber()), reading)));
        return new Determination(items.stream().map(item -> decided.get(item.itemNumber())).toList(),
                knowledgeBaseVersion);
    }

    private ItemDetermination decideAncillary(ServiceRequest request, ServiceRequest primary,
            ItemDetermination primaryDecision, CaseReading reading) {
        if (primaryDecision.outcome() == Outcome.OVERTURNED) {
            return ancillaryServices.includedIn(request, primary, primaryDecision).orElseGet(() -> decideByRules(
                    request, new CaseReading(reading.caseFile().withPlannedSurgery(primary.item().description()))));
        }
        return ancillaryServices.follow(request.item(), primary.item(), primaryDecision)
                .orElseGet(() -> decideByRules(request, reading));
    }

    private ItemDetermination decideByRules(ServiceRequest request, CaseReading reading) {
        CaseFile caseFile = reading.caseFile();
        CaseText text = CaseText.of(caseFile, reading.pieces(), request, vocabulary);
        return evaluatorsByPrecedence.stream()
                .filter(evaluator -> evaluator.appliesTo(request, text))
                .findFirst()
                .map(evaluator -> partialAuthorization.review(evaluator.evaluate(request, caseFile, text),
                        request, evaluator.rule(), caseFile))
                .orElseGet(() -> uncoveredServiceReferral.refer(request.item()));
    }

    private static GuidelineRuleEvaluator evaluatorFor(GuidelineRule rule, ClinicalFactFinder facts,
            Vocabulary vocabulary, DrugHistory drugHistory) {
        return switch (rule.kind()) {
            case PHYSICAL_MEDICINE_VISIT_LIMITS -> new PhysicalMedicineEvaluator(rule, facts, vocabulary);
            case DOCUMENTED_CRITERIA -> new DocumentedCriteriaEvaluator(rule, facts, drugHistory);
        };
    }

    /** A case file with the pieces of its text, read on the first item that needs them and kept for the others. */
    private final class CaseReading {
        private final CaseFile caseFile;
        private List<CaseText.Piece> pieces;

        private CaseReading(CaseFile caseFile) {
            this.caseFile = caseFile;
        }

        CaseFile caseFile() {
            return caseFile;
        }

        List<CaseText.Piece> pieces() {
            if (pieces == null) {
                pieces = CaseText.piecesOf(caseFile, vocabulary);
            }
            return pieces;
        }
    }
}
