package org.imr.determination.guideline.vocabulary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.text.BodyRegionSites;
import org.imr.determination.guideline.text.RequestedQuantity;
import org.imr.schemas.ServiceType;

/**
 * The concepts disputed items are read into, with their synonyms, abbreviations and brand names, in one place
 * ({@value VocabularyLoader#DEFAULT_RESOURCE}). The rules name concepts, never words. Immutable and thread-safe.
 */
public final class Vocabulary {

    private final Map<String, Concept> byId;
    private final Map<ServiceType, String> serviceTypeConcepts;
    private final Map<String, String> familyWhenNoneNamed;
    private final ConceptAnalyzer analyzer;
    private final BodyRegions bodyRegions;

    /**
     * @param concepts            the concepts; ids unique, every implied id defined
     * @param serviceTypeConcepts the concept a structured service type stands for, used when the description names
     *                            no service family
     * @param familyWhenNoneNamed the family a concept stands for in an item that names no family and whose structured
     *                            service type stands for none either ("40 mg" of an unknown name is a drug), while
     *                            beside a family ("Kenalog 40 mg injection") it is only the amount
     * @param wordsReadAs         words of items and records read as other words ("tx" as "therapy")
     * @param bodyRegions         the paired regions and the limbs each region of the spine supplies
     * @throws IllegalArgumentException when the concepts are inconsistent
     */
    public Vocabulary(List<Concept> concepts, Map<ServiceType, String> serviceTypeConcepts,
            Map<String, String> familyWhenNoneNamed, Map<String, String> wordsReadAs, BodyRegions bodyRegions) {
        List<String> problems = new ArrayList<>();
        Map<String, Concept> ids = new LinkedHashMap<>();
        for (Concept concept : concepts) {
            if (concept.id() == null || concept.id().isBlank() || concept.kind() == null) {
                problems.add("a concept needs an id and a kind: " + concept.id());
            } else if (ids.putIfAbsent(concept.id(), concept) != null) {
                problems.add("concept " + concept.id() + " is defined twice");
            }
        }
        for (Concept concept : ids.values()) {
            concept.implies().stream().filter(implied -> !ids.containsKey(implied))
                    .forEach(implied -> problems.add("concept " + concept.id() + " implies unknown " + implied));
        }
        Map<ServiceType, String> types = serviceTypeConcepts == null ? Map.of() : Map.copyOf(serviceTypeConcepts);
        types.forEach((type, id) -> {
            if (!ids.containsKey(id)) {
                problems.add("service type " + type + " stands for unknown concept " + id);
            }
        });
        Map<String, String> families = familyWhenNoneNamed == null ? Map.of() : Map.copyOf(familyWhenNoneNamed);
        families.forEach((id, family) -> {
            if (!ids.containsKey(id) || !ids.containsKey(family) || ids.get(family).kind() != ConceptKind.FAMILY) {
                problems.add("familyWhenNoneNamed: " + id + " stands for " + family
                        + ", which are no concept and family");
            }
        });
        BodyRegions regions = bodyRegions == null ? new BodyRegions(List.of(), Map.of()) : bodyRegions;
        regions.regionIds().stream()
                .filter(id -> !ids.containsKey(id) || ids.get(id).kind() != ConceptKind.REGION)
                .forEach(id -> problems.add("bodyRegions name " + id + ", which is no region concept"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid vocabulary: " + String.join("; ", problems));
        }
        this.byId = Map.copyOf(ids);
        this.serviceTypeConcepts = types;
        this.familyWhenNoneNamed = families;
        this.analyzer = new ConceptAnalyzer(List.copyOf(ids.values()),
                wordsReadAs == null ? Map.of() : wordsReadAs);
        this.bodyRegions = regions;
    }

    public boolean defines(String conceptId) {
        return byId.containsKey(conceptId);
    }

    /**
     * Every name of the concept: its own terms and those of each concept that implies it, however indirectly (for a
     * drug class, every drug of the class by its generic and brand names).
     */
    public List<String> namesOf(String conceptId) {
        List<String> names = new ArrayList<>();
        for (Concept concept : byId.values()) {
            if (closure(Set.of(concept.id())).contains(conceptId)) {
                names.addAll(concept.terms());
            }
        }
        return List.copyOf(names);
    }

    /**
     * Each drug of the class, by its generic (a form of a drug, such as its patch, is the drug), with every name of it.
     */
    public Map<String, List<String>> drugsOf(String drugClass) {
        Map<String, List<String>> drugs = new LinkedHashMap<>();
        for (Concept concept : byId.values()) {
            boolean generic = concept.kind() == ConceptKind.DRUG
                    && concept.implies().stream().noneMatch(id -> byId.get(id).kind() == ConceptKind.DRUG);
            if (generic && closure(Set.of(concept.id())).contains(drugClass)) {
                drugs.put(concept.id(), namesOf(concept.id()));
            }
        }
        return drugs;
    }

    /** The concepts of the vocabulary: for the drug names a fact reads, and for tests that reword items. */
    public List<Concept> concepts() {
        return List.copyOf(byId.values());
    }

    /** The concepts the text names, each with every concept it implies. */
    public Set<String> conceptsIn(String text) {
        return closure(analyzer.conceptsIn(text));
    }

    /**
     * The body regions the text names, each with the sides named for it and the larger regions it lies in; a side
     * ("left", "bilateral") applies to the paired regions named after it until the next side.
     */
    public BodyRegionSites sitesIn(String text) {
        List<Concept> named = analyzer.conceptSequence(withSideLettersBeforeRegions(text)).stream().map(byId::get)
                .toList();
        return bodyRegions.sitesIn(named, region -> {
            Set<String> larger = new LinkedHashSet<>(closure(Set.of(region)));
            larger.remove(region);
            return larger;
        });
    }

    /**
     * A limb written in note style with its side as one letter, "R knee", "L shoulder", "r. wrist", "L LE", "L ring
     * finger", "R cubital tunnel": the letter is the side. Only before a word of a limb, so that "L-spine" stays the
     * lumbar spine and "L5" a root.
     */
    private static final Pattern SIDE_LETTER = Pattern.compile("(?i)\\b([rl])\\.?\\s+(?=(?:knees?|shoulders?|hips?|"
            + "ankles?|wrists?|elbows?|hands?|foot|feet|legs?|arms?|thighs?|calf|calves|heels?|thumbs?|fingers?|toes?|"
            + "forearms?|buttocks?|groin|lower extremit(?:y|ies)|upper extremit(?:y|ies)|le|ue|lle|ule|"
            + "ring|small|little|index|middle|long|great|big|cubital|carpal|radial|ulnar|median)\\b)");

    /** A side letter before any word: read as a side when the word names a region ("R scaphoid", "L patella"). */
    private static final Pattern LETTER_BEFORE_WORD = Pattern.compile("(?i)\\b([rl])\\.?\\s+(?=([a-z]{2,})\\b)");

    static String withSideLetters(String text) {
        return text == null ? null : withSideLetters(text, word -> false);
    }

    private String withSideLettersBeforeRegions(String text) {
        return text == null ? null : withSideLetters(text, word -> !conceptsIn(word, ConceptKind.REGION).isEmpty());
    }

    private static String withSideLetters(String text, Predicate<String> namesRegion) {
        Matcher letter = LETTER_BEFORE_WORD.matcher(text);
        StringBuilder read = new StringBuilder();
        while (letter.find()) {
            boolean limb = SIDE_LETTER.matcher(text).region(letter.start(), text.length()).lookingAt()
                    || namesRegion.test(letter.group(2));
            letter.appendReplacement(read, !limb ? Matcher.quoteReplacement(letter.group())
                    : letter.group(1).equalsIgnoreCase("r") ? "right " : "left ");
        }
        return letter.appendTail(read).toString();
    }

    /**
     * Whether a finding stated of the regions {@code finding} may concern a request for the regions
     * {@code requested}: they overlap, or one is a limb the other's nerve roots supply; a text naming no region may
     * concern any.
     */
    public boolean mayConcern(BodyRegionSites finding, BodyRegionSites requested) {
        return bodyRegions.mayConcern(finding, requested);
    }

    /** The concepts of one kind the text names, each with the concepts of that kind it implies. */
    public Set<String> conceptsIn(String text, ConceptKind kind) {
        Set<String> ofKind = new LinkedHashSet<>(conceptsIn(text));
        ofKind.removeIf(id -> byId.get(id).kind() != kind);
        return ofKind;
    }

    /** Whether the concept is of the kind; false for a concept the vocabulary does not define. */
    public boolean isOfKind(String conceptId, ConceptKind kind) {
        Concept concept = byId.get(conceptId);
        return concept != null && concept.kind() == kind;
    }

    /** The text's words as the vocabulary compares them (lower case, stemmed, without connecting words). */
    public List<String> words(String text) {
        return analyzer.words(text);
    }

    /** The concept a structured service type stands for, with what it implies; empty when none. */
    public Set<String> conceptsOf(ServiceType serviceType) {
        String id = serviceTypeConcepts.get(serviceType);
        return id == null ? Set.of() : closure(Set.of(id));
    }

    /**
     * The item read into concepts: those its description names; when it names no service family, the family of the
     * structured service type as well, else the family a concept it names stands for alone (a dose: a drug).
     */
    public ServiceRequest read(DisputedTreatment item) {
        Set<String> concepts = new LinkedHashSet<>(
                conceptsIn(item.description() + " " + nullToEmpty(item.bodyRegion())));
        if (ofKind(concepts).get(ConceptKind.FAMILY).isEmpty()) {
            concepts.addAll(conceptsOf(item.serviceType()));
        }
        if (ofKind(concepts).get(ConceptKind.FAMILY).isEmpty()) {
            concepts.stream().map(familyWhenNoneNamed::get).filter(Objects::nonNull).toList()
                    .forEach(family -> concepts.addAll(closure(Set.of(family))));
        }
        Map<ConceptKind, Set<String>> kinds = ofKind(concepts);
        RequestedQuantity amount = item.frequencyPerWeek() != null || item.durationWeeks() != null
                || item.quantity() != null
                        ? new RequestedQuantity(item.frequencyPerWeek(), item.durationWeeks(), item.quantity())
                        : RequestedQuantity.in(item.description());
        return new ServiceRequest(item, concepts, kinds.get(ConceptKind.FAMILY), kinds.get(ConceptKind.MODALITY),
                kinds.get(ConceptKind.REGION), kinds.get(ConceptKind.SIDE), kinds.get(ConceptKind.DRUG),
                kinds.get(ConceptKind.DRUG_CLASS), kinds.get(ConceptKind.MODIFIER), amount);
    }

    private Map<ConceptKind, Set<String>> ofKind(Set<String> concepts) {
        Map<ConceptKind, Set<String>> kinds = new EnumMap<>(ConceptKind.class);
        for (ConceptKind kind : ConceptKind.values()) {
            kinds.put(kind, new LinkedHashSet<>());
        }
        concepts.forEach(id -> kinds.get(byId.get(id).kind()).add(id));
        return kinds;
    }

    private Set<String> closure(Set<String> named) {
        Set<String> all = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(named);
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (all.add(id)) {
                pending.addAll(byId.get(id).implies());
            }
        }
        return all;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
