package org.imr.determination.guideline.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imr.determination.guideline.knowledge.TwoDrugsOf;
import org.imr.determination.guideline.text.CharSpan;
import org.imr.determination.guideline.text.DatesInText;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.TermPhrase;
import org.imr.determination.guideline.vocabulary.ConceptKind;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * Whether the records show the worker already taking a requested drug (a continuation) or not (a first request):
 * a sentence of the records names the drug, by its generic or any brand name, other than a sentence about the request
 * and its utilization review or about what the physician proposes (the treatment plan, a recommendation, a short
 * course of it) or starts at the visit ("added", "started today", unless the sentence dates the start in the past),
 * unless that sentence says the drug is continued, refilled or current. The MTUS decides a drug's start by its
 * indication and its continuation by the response to it (Medications for chronic pain), so a drug named only in the
 * plan is a start. It also tells another drug of the requested drug's class that the worker takes, for a guideline
 * that supports one drug of a class at a time. Thread-safe: the engine keeps one for all its rules.
 */
public final class DrugHistory {

    /**
     * Words of a sentence that recounts the request or its review, not the worker's use of the drug. Not the words
     * PriorCourseFromText takes for a request of a course of therapy: a drug "prescribed" or "ordered" before is one
     * the worker took, while proposals of a drug ("to start", "consider", "will try") are its own.
     */
    private static final List<TermPhrase> ABOUT_THE_REQUEST = List.of("utilization review", "non certif",
            "noncertif", "request", "req", "denied", "modified", "authoriz", "certified", "not certified", "plan",
            "recommend", "propos", "suggest", "would like", "to start", "to begin", "initiat", "consider",
            "short course", "will try", "to try", "will be tried", "to be tried", "will be trialed").stream()
            .map(TermPhrase::of).toList();

    /**
     * A work status whose "modified" is the worker's duty, not a utilization review's modification of the request
     * ("able to work modified duty"): the sentence reports the worker's function, not the request.
     */
    private static final List<TermPhrase> MODIFIED_WORK = List.of("modified duty", "modified duties", "modified work",
            "modified job", "modified position", "modified activit", "modified schedule", "modified hours")
            .stream().map(TermPhrase::of).toList();

    /** Words of a proposal that continue what the worker already takes ("the plan is to continue naproxen"). */
    private static final List<TermPhrase> CONTINUED = List.of("continu", "refill", "renew", "resum", "current",
            "ongoing", "still", "has been taking", "remains on").stream().map(TermPhrase::of).toList();

    /**
     * Words of a sentence that starts the drug at the visit whose request is reviewed ("Nortriptyline was added at
     * bedtime", "a prescription for Lyrica was given today", "the physician is starting Cymbalta", "the physician
     * prescribes acetaminophen", a note's "Rx diclofenac gel", "Begin Elavil 10 mg at bedtime").
     */
    private static final List<TermPhrase> STARTED_NOW = List.of("added", "start", "begin", "today", "this visit",
            "trial of", "new prescription", "newly prescribed", "prescription for", "prescription of", "prescribed",
            "prescribes", "prescribing", "dispensed", "switched", "changed to", "new rx", "rx given",
            "first prescription", "trial x", "trial for", "day trial", "week trial", "month trial", "short term")
            .stream().map(TermPhrase::of).toList();

    /**
     * Words of an outcome, which a trial or start only has once the drug was taken: "trial of Lyrica without benefit",
     * "Neurontin trial x 2 weeks, not tolerated" recount a past trial (MTUS Chronic Pain, Antiepilepsy drugs: the
     * response to a trial decides its continuation), while "Zolpidem 5 mg qhs trial x 2 weeks" proposes one now (ODG
     * Pain, Insomnia treatment: hypnotics for short-term use, 7-10 days).
     */
    private static final List<TermPhrase> OUTCOME = List.of("without benefit", "without relief", "without improvement",
            "no benefit", "no relief", "no improvement", "minimal benefit", "minimal relief", "little benefit",
            "little relief", "not help", "did not help", "didnt help", "helped", "failed", "ineffective",
            "not effective", "side effect", "intoleran", "not tolerated", "did not tolerate").stream()
            .map(TermPhrase::of).toList();

    /** A note's "Rx", which starts the drug it names ("Rx diclofenac gel") unless it is the noun of a phrase below. */
    private static final List<TermPhrase> RX = List.of(TermPhrase.of("rx"));

    /**
     * The "Rx" of a note that stands for the prescriptions the worker has, no start: a urine drug screen "c/w rx"
     * (consistent with the prescribed medications), "per rx".
     */
    private static final List<TermPhrase> RX_PRESCRIBED_BEFORE = List.of("w rx", "with rx", "per rx").stream()
            .map(TermPhrase::of).toList();

    /** Words that place a start in the past, so that the worker takes the drug since ("started on Lyrica in 2014"). */
    private static final List<TermPhrase> STARTED_BEFORE = List.of("since", "ago", "years", "months", "previously",
            "prior", "history", "long term", "past", "earlier", "before", "last").stream().map(TermPhrase::of)
            .toList();

    /**
     * Words of an entry that say a drug is no longer taken or gives way to the requested one: "ibuprofen was stopped",
     * "switched from ibuprofen to naproxen", "failed Motrin".
     */
    private static final List<TermPhrase> GIVEN_UP = List.of("discontinu", "stopped", "switch", "instead", "replac",
            "changed", "no longer", "in place of", "failed", "previously", "past", "history", "prior", "tried")
            .stream().map(TermPhrase::of).toList();

    /**
     * Words of a response that name the drug as its source: the drug was taken even where the response is denied
     * ("the records lack documentation of functional benefit from Lyrica, which she has taken since 2015", "no relief
     * with gabapentin"); MTUS Chronic Pain, Antiepilepsy drugs: continued use asks for the relief and function it gave.
     */
    private static final List<String> RESPONSE_FROM = List.of("benefit from", "benefit with", "benefit of",
            "relief from", "relief with", "relief of pain with", "improvement with", "improvement from",
            "response to", "efficacy of", "efficacy from", "efficacy with");

    /** An entry of a piece: the text between commas or semicolons, a drug of a list of medications. */
    private static final Pattern ENTRY = Pattern.compile("[^,;]+");

    /**
     * Days before the request (the latest progress note, else the utilization review) within which a dated start is
     * the visit's own: a review decides a request within days of the visit that made it.
     */
    private static final int VISIT_DAYS = 45;

    /**
     * Words of the worker's medications, whose effect a text that names them reports: a prescription the text names
     * beside them is one the worker takes ("Oxycodone 15 mg tid. Pain 9/10 w/o meds, 5/10 w/ meds").
     */
    private static final List<TermPhrase> MEDICATIONS = NormalizedText.MEDICATION_WORDS.stream().map(TermPhrase::of)
            .toList();

    /** The words of a prescription other than the drug's names and numbers: strengths, forms, frequencies. */
    private static final Set<String> PRESCRIPTION_WORDS = Set.of("mg", "mcg", "g", "gm", "ml", "percent", "patch",
            "patches", "tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules", "po", "bid", "tid",
            "qid", "qd", "qhs", "hs", "prn", "q", "h", "hr", "hrs", "hours", "daily", "nightly", "at", "bedtime", "a",
            "day", "per", "every", "once", "twice", "times", "on", "off", "x", "er", "ir", "sr", "xr", "cr", "ds", "es",
            "extra", "strength", "gel", "cream", "ointment", "apply", "to", "topical", "sig", "dose", "doses", "as",
            "needed", "for", "pain", "or", "and", "the", "one", "two", "three", "four");

    private final Vocabulary vocabulary;
    /** The names of each drug of a class, by the class and then the drug. */
    private final Map<String, Map<String, List<TermPhrase>>> namesOfDrugsOfClass = new ConcurrentHashMap<>();
    private final Map<String, List<TermPhrase>> namesOfDrug = new ConcurrentHashMap<>();
    private final Map<String, List<TermPhrase>> responsesFromDrug = new ConcurrentHashMap<>();

    /**
     * The one-word names of drugs and drug classes, and the words of medications: after the start of a drug, an
     * outcome told after one of them is that drug's, the reason for the start ("starts tramadol after naproxen and
     * acetaminophen failed"), not an outcome of a trial of the started drug.
     */
    private final Set<String> drugWords;

    public DrugHistory(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Set<String> words = new HashSet<>(NormalizedText.MEDICATION_WORDS);
        words.add("meds");
        vocabulary.concepts().stream()
                .filter(concept -> concept.kind() == ConceptKind.DRUG || concept.kind() == ConceptKind.DRUG_CLASS)
                .flatMap(concept -> concept.terms().stream())
                .map(vocabulary::words)
                .filter(termWords -> termWords.size() == 1)
                .forEach(words::addAll);
        this.drugWords = Set.copyOf(words);
    }

    /**
     * Another drug of the class than the requested ones that the records show the worker taking: named (not negated,
     * not placed in the past) in an entry of a piece that is not about the request, of no form the class leaves aside,
     * and not said to be stopped, replaced or failed; located where it is named.
     */
    public Optional<FoundFact> anotherOfClassTaken(Set<String> requested, TwoDrugsOf another, CaseText text) {
        Map<String, List<TermPhrase>> others = namesOfDrugsOfClass.computeIfAbsent(another.drugClass(),
                drugClass -> namesOfEachDrug(vocabulary.drugsOf(drugClass)));
        Set<String> requestedNames = nameWordsOf(requested);
        for (CaseText.Piece piece : text.pieces()) {
            if (aboutTheRequest(piece.text(), piece.words(), requestedNames, text.requestDate())
                    && !piece.words().containsAny(CONTINUED)) {
                continue;
            }
            Matcher entry = ENTRY.matcher(piece.text());
            while (entry.find()) {
                Optional<CharSpan> named = otherNamedIn(entry.group(), requested, another, others);
                if (named.isPresent()) {
                    CharSpan span = named.get().shiftedBy(entry.start());
                    return Optional.of(new FoundFact("another-" + another.drugClass(),
                            "another drug of its class already taken (" + piece.text().substring(span.start(),
                                    span.end()) + ")", piece.where(), piece.locate(span)));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<CharSpan> otherNamedIn(String entry, Set<String> requested, TwoDrugsOf another,
            Map<String, List<TermPhrase>> others) {
        NormalizedText words = NormalizedText.of(entry);
        if (words.containsAny(GIVEN_UP)) {
            return Optional.empty();
        }
        Set<String> concepts = vocabulary.conceptsIn(entry);
        if (another.exceptForm() != null && concepts.contains(another.exceptForm())) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<TermPhrase>> drug : others.entrySet()) {
            if (!requested.contains(drug.getKey()) && concepts.contains(drug.getKey())) {
                Optional<CharSpan> named = words.firstAffirmedIn(entry, drug.getValue(), true);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<TermPhrase>> namesOfEachDrug(Map<String, List<String>> drugs) {
        Map<String, List<TermPhrase>> names = new LinkedHashMap<>();
        drugs.forEach((drug, words) -> names.put(drug, words.stream().map(TermPhrase::of).toList()));
        return Map.copyOf(names);
    }

    /** Whether a sentence of the records, not about the request, names one of the drugs. */
    public boolean alreadyTaking(Set<String> drugs, CaseText text) {
        if (drugs.isEmpty()) {
            return false;
        }
        boolean effectOfMedications = text.pieces().stream().anyMatch(piece -> piece.words().containsAny(MEDICATIONS));
        Set<String> nameWords = nameWordsOf(drugs);
        return text.pieces().stream()
                .filter(piece -> !aboutTheRequest(piece.text(), piece.words(), nameWords, text.requestDate())
                        || piece.words().containsAny(CONTINUED))
                .filter(piece -> piece.words().containsAny(CONTINUED)
                        || !startedNowInEveryEntryNaming(piece, drugs, nameWords, text.requestDate()))
                .filter(piece -> effectOfMedications || !onlyAPrescription(piece.words(), nameWords))
                .anyMatch(piece -> vocabulary.conceptsIn(piece.text()).stream().anyMatch(drugs::contains)
                        && namesAffirmed(piece, drugs));
    }

    /**
     * Whether the piece names one of the drugs without denying it: "she has not tried gabapentin or any other
     * anticonvulsant" names no drug taken, while a drug named as the source of a response, denied or not, was taken
     * ("no documentation of benefit from Lyrica").
     */
    private boolean namesAffirmed(CaseText.Piece piece, Set<String> drugs) {
        return drugs.stream().anyMatch(drug -> piece.words().firstAffirmedIn(piece.text(), namesOf(drug), false)
                .isPresent() || piece.words().containsAny(responsesFrom(drug)));
    }

    /**
     * Whether the words are only the drug's prescription, its names with a strength, a form and a frequency ("Tylenol
     * 500 2 tabs bid", "Lidoderm 5% patch 12 h on/12 h off"): the order the request is for, which says nothing of the
     * worker taking the drug before (MTUS Chronic Pain, Medications for chronic pain: a drug is continued by the
     * response to it, started by its indication); unless the text reports the effect of the worker's medications.
     */
    private static boolean onlyAPrescription(NormalizedText words, Set<String> names) {
        return words.words().stream().anyMatch(word -> !names.contains(word))
                && words.words().stream().allMatch(word -> names.contains(word) || PRESCRIPTION_WORDS.contains(word)
                        || word.chars().allMatch(Character::isDigit));
    }

    /** The words of all the drugs' names. */
    private Set<String> nameWordsOf(Set<String> drugs) {
        Set<String> names = new HashSet<>();
        drugs.forEach(drug -> namesOf(drug).forEach(name -> names.addAll(name.words())));
        return names;
    }

    /** The drug's names, read once per drug. */
    private List<TermPhrase> namesOf(String drug) {
        return namesOfDrug.computeIfAbsent(drug, named -> vocabulary.namesOf(named).stream().map(TermPhrase::of)
                .toList());
    }

    /** The words of a response from the drug under each of its names ("benefit from Lyrica"), read once per drug. */
    private List<TermPhrase> responsesFrom(String drug) {
        return responsesFromDrug.computeIfAbsent(drug, named -> vocabulary.namesOf(named).stream()
                .flatMap(name -> RESPONSE_FROM.stream().map(response -> TermPhrase.of(response + " " + name)))
                .toList());
    }

    /**
     * Whether every entry of the piece (the text between commas or semicolons) that names one of the drugs starts it at
     * the visit, though the piece dates something else in the past: in "he hurt his knee three weeks ago; meloxicam is
     * newly prescribed" the weeks are the injury's, the drug is started now.
     */
    private boolean startedNowInEveryEntryNaming(CaseText.Piece piece, Set<String> drugs, Set<String> nameWords,
            LocalDate visit) {
        // an outcome in another entry is the trial's: "Gabapentin trial x 6 weeks, no improvement in pain"
        if (!startsNow(piece.words()) || outcomeAfterTheStart(piece.words(), nameWords)) {
            return false;
        }
        boolean named = false;
        Matcher entry = ENTRY.matcher(piece.text());
        while (entry.find()) {
            if (vocabulary.conceptsIn(entry.group()).stream().noneMatch(drugs::contains)) {
                continue;
            }
            named = true;
            if (!aboutTheRequest(entry.group(), NormalizedText.of(entry.group()), nameWords, visit)) {
                return false;
            }
        }
        return named;
    }

    /** Whether the words start a drug at the visit: "started today", a note's "Rx" (not a UDS "c/w rx"). */
    private static boolean startsNow(NormalizedText words) {
        return words.containsAny(STARTED_NOW) || (words.containsAny(RX) && !words.containsAny(RX_PRESCRIBED_BEFORE));
    }

    /**
     * Whether words of an outcome ({@link #OUTCOME}) follow the words of a start: "Lyrica trial without benefit"
     * recounts a trial, while in "failed ibuprofen; starting tramadol" the failure is of another drug, before the
     * start, and in "starts tramadol after naproxen and acetaminophen failed" of the drugs named between
     * ({@link #drugWords} other than {@code requestedNames}).
     */
    private boolean outcomeAfterTheStart(NormalizedText words, Set<String> requestedNames) {
        List<String> list = words.words();
        int start = -1;
        boolean anotherDrugSinceTheStart = false;
        for (int at = 0; at < list.size(); at++) {
            int here = at;
            if (start < 0 && STARTED_NOW.stream().anyMatch(phrase -> phrase.matchesAt(list, here))) {
                start = at;
            } else if (start >= 0 && OUTCOME.stream().anyMatch(phrase -> phrase.matchesAt(list, here))) {
                if (!anotherDrugSinceTheStart) {
                    return true;
                }
            } else if (start >= 0 && drugWords.contains(list.get(at)) && !requestedNames.contains(list.get(at))) {
                anotherDrugSinceTheStart = true;
            }
        }
        return false;
    }

    private boolean aboutTheRequest(String text, NormalizedText words, Set<String> requestedNames, LocalDate visit) {
        return namesTheRequest(words) || (startsNow(words)
                && !words.affirmsAny(STARTED_BEFORE) && !outcomeAfterTheStart(words, requestedNames)
                && !datesBeforeTheVisit(text, words, visit));
    }

    /**
     * Whether the text dates what it tells before the visit of the request: it names a year ("started on Lyrica in
     * 2014") other than in dates of the visit's own weeks, at most {@link #VISIT_DAYS} before the request ("on
     * 11/10/2016 the physician prescribed a trial of duloxetine" for a request reviewed in December 2016 starts it now).
     */
    private static boolean datesBeforeTheVisit(String text, NormalizedText words, LocalDate visit) {
        if (!words.namesAYear()) {
            return false;
        }
        if (visit == null) {
            return true;
        }
        List<DatesInText.StatedDate> dates = DatesInText.inWithYears(text, visit);
        return dates.isEmpty() || dates.stream().anyMatch(stated -> stated.yearOnly() || stated.date().isAfter(visit)
                || ChronoUnit.DAYS.between(stated.date(), visit) > VISIT_DAYS);
    }

    /** Whether the words hold a word of the request or its review, other than the "modified" of a work status. */
    private static boolean namesTheRequest(NormalizedText words) {
        List<String> list = words.words();
        for (int start = 0; start < list.size(); start++) {
            int at = start;
            if (ABOUT_THE_REQUEST.stream().anyMatch(phrase -> phrase.matchesAt(list, at))
                    && MODIFIED_WORK.stream().noneMatch(phrase -> phrase.matchesAt(list, at))) {
                return true;
            }
        }
        return false;
    }
}
