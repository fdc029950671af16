package org.imr.determination.guideline.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.GuidelineRuleEvaluator;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.facts.CaseText;
import org.imr.determination.guideline.facts.ClinicalFactFinder;
import org.imr.determination.guideline.facts.DrugHistory;
import org.imr.determination.guideline.facts.FoundFact;
import org.imr.determination.guideline.knowledge.DocumentedCriteria;
import org.imr.determination.guideline.knowledge.GuidelineRule;
import org.imr.determination.guideline.knowledge.InitialRequest;
import org.imr.determination.guideline.knowledge.Placeholder;
import org.imr.determination.guideline.knowledge.PostsurgicalCourse;
import org.imr.determination.guideline.knowledge.RationaleTemplateKey;
import org.imr.determination.guideline.text.CharSpan;
import org.imr.determination.guideline.text.CompletedVisits;
import org.imr.determination.guideline.text.RequestedDays;
import org.imr.determination.guideline.text.RequestedQuantity;
import org.imr.determination.guideline.text.ServiceWording;
import org.imr.determination.guideline.text.SpinalLevels;
import org.imr.determination.guideline.text.WeeklyHours;
import org.imr.determination.guideline.vocabulary.ServiceRequest;

/**
 * A guideline that supports a service only when the case file documents what it requires. In order: a service the
 * guideline does not recommend, upheld; a fact that rules the service out, or facts that together rule it out,
 * upheld; a limited amount not stated or exceeded, upheld; every fact of one alternative documented, overturned;
 * otherwise upheld, naming what is missing (missing documentation is not medical necessity).
 */
public final class DocumentedCriteriaEvaluator implements GuidelineRuleEvaluator {

    /** The modifier of an item that asks to continue or extend what was given. */
    private static final String ADDITIONAL = "additional";

    private final GuidelineRule rule;
    private final DocumentedCriteria criteria;
    private final ClinicalFactFinder facts;
    private final DrugHistory drugHistory;

    public DocumentedCriteriaEvaluator(GuidelineRule rule, ClinicalFactFinder facts, DrugHistory drugHistory) {
        this.rule = rule;
        this.criteria = rule.criteria();
        this.facts = facts;
        this.drugHistory = drugHistory;
    }

    @Override
    public GuidelineRule rule() {
        return rule;
    }

    @Override
    public boolean appliesTo(ServiceRequest request, CaseText text) {
        return rule.governs(request.concepts())
                && (rule.appliesWhenCaseStates().isEmpty()
                        || !facts.findAll(rule.appliesWhenCaseStates(), text).isEmpty())
                && (rule.appliesUnlessCaseStates().isEmpty()
                        || facts.findAll(rule.appliesUnlessCaseStates(), text).isEmpty());
    }

    @Override
    public ItemDetermination evaluate(ServiceRequest request, CaseFile caseFile, CaseText text) {
        DisputedTreatment item = request.item();
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.GUIDELINE_REFERENCE,
                rule.citationFor(request.regions(), caseFile.receivedDate()).inSentence());
        values.put(Placeholder.SERVICE, ServiceWording.plainName(item.serviceType()));
        values.put(Placeholder.ITEM_DESCRIPTION, RequestedPortion.of(item.description()));
        values.put(Placeholder.REQUIREMENT, criteria.requirement());
        if (criteria.notRecommended()) {
            return decide(RationaleTemplateKey.NOT_RECOMMENDED, request, caseFile, values, List.of());
        }
        List<FoundFact> rulingOut = facts.findAll(criteria.notSupportedWhenAnyOf(), text);
        if (rulingOut.isEmpty()) {
            rulingOut = allFoundOfOne(criteria.notSupportedWhenAllOf(), text);
        }
        if (rulingOut.isEmpty() && criteria.notAtSpinalLevelsOf() != null) {
            rulingOut = atRequestedLevels(criteria.notAtSpinalLevelsOf(), item, text);
        }
        if (!rulingOut.isEmpty()) {
            values.put(Placeholder.RULING_OUT_FACTS, FactWording.and(rulingOut.stream().map(FoundFact::name).toList()));
            return decide(RationaleTemplateKey.RULED_OUT, request, caseFile, values, rulingOut);
        }
        boolean extension = criteria.priorCourse() != null && isExtension(request, text);
        List<FoundFact> improvement = extension ? facts.findAll(criteria.extensionRequires(), text) : List.of();
        boolean improvementDocumented = extension && improvement.size() == criteria.extensionRequires().size();
        Optional<PostsurgicalCourse> course = longestPostsurgicalCourse(text);
        Integer maxUnits = course.isPresent() ? Integer.valueOf(visitsOf(course.get(), improvementDocumented))
                : improvementDocumented && criteria.maxUnitsWithImprovement() != null
                        ? criteria.maxUnitsWithImprovement() : criteria.maxRequestedUnits();
        if (maxUnits != null) {
            values.put(Placeholder.MAX_VISITS, course.isPresent()
                    ? courseWording(course.get(), improvementDocumented) : Integer.toString(maxUnits));
            Integer requested = requestedUnits(item);
            if (requested == null) {
                return decide(RationaleTemplateKey.AMOUNT_NOT_STATED, request, caseFile, values, List.of());
            }
            values.put(Placeholder.REQUESTED_VISITS, Integer.toString(requested));
            if (requested > maxUnits) {
                return decide(RationaleTemplateKey.EXCEEDS_AMOUNT, request, caseFile, values, List.of());
            }
            OptionalInt given = improvementDocumented && course.isEmpty() ? visitsGiven(text) : OptionalInt.empty();
            int inAll = given.isPresent() ? maxUnitsInAll() : 0;
            if (given.isPresent() && inAll > 0 && given.getAsInt() + requested > inAll) {
                values.put(Placeholder.MAX_VISITS, Integer.toString(inAll));
                values.put(Placeholder.PRIOR_VISITS, Integer.toString(given.getAsInt()));
                values.put(Placeholder.TOTAL_VISITS, Integer.toString(given.getAsInt() + requested));
                return decide(RationaleTemplateKey.EXCEEDS_AMOUNT_IN_ALL, request, caseFile, values, List.of());
            }
        }
        if (criteria.maxRequestedDays() != null) {
            values.put(Placeholder.MAX_VISITS, criteria.maxRequestedDays() + " days");
            OptionalInt days = RequestedDays.in(item.description());
            if (days.isEmpty()) {
                return decide(RationaleTemplateKey.AMOUNT_NOT_STATED, request, caseFile, values, List.of());
            }
            values.put(Placeholder.REQUESTED_VISITS, days.getAsInt() + " days");
            if (days.getAsInt() > criteria.maxRequestedDays()) {
                return decide(RationaleTemplateKey.EXCEEDS_AMOUNT, request, caseFile, values, List.of());
            }
        }
        Optional<ItemDetermination> overLimit = statedAmountOver(criteria.maxSpinalLevels(),
                () -> SpinalLevels.in(item.description()), " levels", request, caseFile, values)
                .or(() -> statedAmountOver(criteria.maxStatedUnits(), () -> statedUnits(item), "", request,
                        caseFile, values))
                .or(() -> statedAmountOver(criteria.maxHoursPerWeek(), () -> WeeklyHours.in(item.description()),
                        " hours a week", request, caseFile, values))
                .or(() -> statedAmountOver(improvementDocumented ? null : criteria.maxStatedDays(),
                        () -> RequestedDays.in(item.description()), " days", request, caseFile, values));
        if (overLimit.isPresent()) {
            return overLimit.get();
        }
        if (extension && !improvementDocumented) {
            List<String> missing = new ArrayList<>(criteria.extensionRequires());
            improvement.forEach(fact -> missing.remove(fact.id()));
            values.put(Placeholder.DOCUMENTED_FACTS, FactWording.documented(
                    facts.findAll(List.of(criteria.priorCourse()), text)));
            values.put(Placeholder.MISSING_FACTS, FactWording.or(missing.stream().map(facts::nameOf).toList()));
            return decide(RationaleTemplateKey.CRITERIA_NOT_MET, request, caseFile, values, improvement);
        }
        if (criteria.initialRequest() != null && isFirstRequest(request, text)) {
            InitialRequest initial = criteria.initialRequest();
            values.put(Placeholder.REQUIREMENT, initial.requirement());
            Optional<FoundFact> another = initial.notBesideAnotherOf() == null ? Optional.empty()
                    : drugHistory.anotherOfClassTaken(request.drugs(), initial.notBesideAnotherOf(), text);
            if (another.isPresent()) {
                values.put(Placeholder.RULING_OUT_FACTS, another.get().name());
                return decide(RationaleTemplateKey.RULED_OUT, request, caseFile, values, List.of(another.get()));
            }
            return decideByAlternatives(request, caseFile, text, values, initial.supportedWhenAllOf());
        }
        return decideByAlternatives(request, caseFile, text, values, criteria.supportedWhenAllOf());
    }

    /**
     * The fact of a past spinal procedure where the records write, next to its words, a segment the request names
     * (a fusion at the level of a requested facet block); empty when the request names no segment or none was done at
     * one of its levels.
     */
    private List<FoundFact> atRequestedLevels(String factId, DisputedTreatment item, CaseText text) {
        Set<Integer> requested = SpinalLevels.segmentsRequested(item.description());
        if (requested.isEmpty()) {
            return List.of();
        }
        for (Map.Entry<CaseText.Piece, CharSpan> stating : facts.wordsStating(factId, text)) {
            Set<Integer> done = SpinalLevels.segmentsWrittenAround(stating.getKey().text(), stating.getValue().start(),
                    stating.getValue().end());
            if (done.stream().anyMatch(requested::contains)) {
                CaseText.Piece piece = stating.getKey();
                return List.of(new FoundFact(factId, facts.nameOf(factId), piece.where(),
                        piece.locate(stating.getValue())));
            }
        }
        return List.of();
    }

    /** The facts of the first alternative the records document every fact of; empty when none. */
    private List<FoundFact> allFoundOfOne(List<List<String>> alternatives, CaseText text) {
        for (List<String> alternative : alternatives) {
            List<FoundFact> found = facts.findAll(alternative, text);
            if (found.size() == alternative.size()) {
                return found;
            }
        }
        return List.of();
    }

    /** Of the surgeries with a post-surgical course that the records state, the one with the longest course. */
    private Optional<PostsurgicalCourse> longestPostsurgicalCourse(CaseText text) {
        return criteria.postsurgicalCourses().stream()
                .filter(course -> facts.find(course.surgery(), text).isPresent())
                .max(Comparator.comparingInt(PostsurgicalCourse::generalVisits));
    }

    private static int visitsOf(PostsurgicalCourse course, boolean improvementDocumented) {
        return improvementDocumented ? course.subsequentVisits() : course.initialVisits();
    }

    /** "6 (one half of the general course of 12 visits after a knee arthroscopy or meniscectomy)". */
    private String courseWording(PostsurgicalCourse course, boolean improvementDocumented) {
        return visitsOf(course, improvementDocumented) + (improvementDocumented ? " (the rest" : " (one half")
                + " of the general course of " + course.generalVisits() + " visits after "
                + facts.nameOf(course.surgery()) + ")";
    }

    /**
     * The most visits of a course in all, the trial and its extension with functional improvement (manipulation: a
     * trial of 6 and up to 18 in all; psychotherapy: 3-4 and up to 6-10 in all); 0 when the criteria set no extension.
     */
    private int maxUnitsInAll() {
        return criteria.maxUnitsWithImprovement() == null || criteria.maxRequestedUnits() == null ? 0
                : criteria.maxRequestedUnits() + criteria.maxUnitsWithImprovement();
    }

    /** The visits of the prior course already given, as the first clause stating the course counts them. */
    private OptionalInt visitsGiven(CaseText text) {
        return facts.clausesStating(criteria.priorCourse(), text).stream()
                .map(piece -> CompletedVisits.in(piece.text()))
                .filter(OptionalInt::isPresent)
                .findFirst()
                .orElse(OptionalInt.empty());
    }

    private boolean isExtension(ServiceRequest request, CaseText text) {
        return request.is(ADDITIONAL) || facts.find(criteria.priorCourse(), text).isPresent();
    }

    /** A drug the item does not ask to continue and the records do not show the worker taking. */
    private boolean isFirstRequest(ServiceRequest request, CaseText text) {
        return !request.drugs().isEmpty() && !request.is(ADDITIONAL)
                && !drugHistory.alreadyTaking(request.drugs(), text);
    }

    private ItemDetermination decideByAlternatives(ServiceRequest request, CaseFile caseFile, CaseText text,
            Map<Placeholder, String> values, List<List<String>> alternatives) {
        List<String> closestMissing = null;
        List<FoundFact> closestFound = List.of();
        for (List<String> alternative : alternatives) {
            List<FoundFact> found = facts.findAll(alternative, text);
            List<String> missing = new ArrayList<>(alternative);
            found.forEach(fact -> missing.remove(fact.id()));
            if (missing.isEmpty()) {
                values.put(Placeholder.DOCUMENTED_FACTS, FactWording.documented(found));
                return decide(RationaleTemplateKey.CRITERIA_MET, request, caseFile, values, found);
            }
            if (closestMissing == null || missing.size() < closestMissing.size()) {
                closestMissing = missing;
                closestFound = found;
            }
        }
        values.put(Placeholder.DOCUMENTED_FACTS, FactWording.documented(closestFound));
        values.put(Placeholder.MISSING_FACTS, FactWording.or(closestMissing.stream().map(facts::nameOf).toList()));
        return decide(RationaleTemplateKey.CRITERIA_NOT_MET, request, caseFile, values, closestFound);
    }

    /**
     * The decision for an amount the request states over a limit the guideline sets (spinal levels, visits, hours a
     * week, days of a trial rental); empty when the limit is not set, the request states no amount, or it is within.
     */
    private Optional<ItemDetermination> statedAmountOver(Integer limit, Supplier<OptionalInt> amount, String unit,
            ServiceRequest request, CaseFile caseFile, Map<Placeholder, String> values) {
        if (limit == null) {
            return Optional.empty();
        }
        OptionalInt stated = amount.get();
        if (stated.isEmpty() || stated.getAsInt() <= limit) {
            return Optional.empty();
        }
        values.put(Placeholder.MAX_VISITS, limit + unit);
        values.put(Placeholder.REQUESTED_VISITS, stated.getAsInt() + unit);
        return Optional.of(decide(RationaleTemplateKey.EXCEEDS_AMOUNT, request, caseFile, values, List.of()));
    }

    private static OptionalInt statedUnits(DisputedTreatment item) {
        Integer units = requestedUnits(item);
        return units == null ? OptionalInt.empty() : OptionalInt.of(units);
    }

    private static Integer requestedUnits(DisputedTreatment item) {
        if (item.frequencyPerWeek() != null && item.durationWeeks() != null) {
            return item.frequencyPerWeek() * item.durationWeeks();
        }
        if (item.quantity() != null) {
            return item.quantity();
        }
        return RequestedQuantity.wholeCourse(item.description()).total();
    }

    private ItemDetermination decide(RationaleTemplateKey branch, ServiceRequest request, CaseFile caseFile,
            Map<Placeholder, String> values, List<FoundFact> evidence) {
        DisputedTreatment item = request.item();
        String rationale = rule.template(branch).render(values);
        String citation = rule.citationFor(request.regions(), caseFile.receivedDate()).printed();
        return new ItemDetermination(item.itemNumber(), item.description(), branch.outcome(), citation, rationale,
                rule.id(), rule.version(), evidence.stream().sorted(Comparator.comparing(FoundFact::id)).toList());
    }
}
