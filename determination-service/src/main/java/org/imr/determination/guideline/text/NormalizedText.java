package org.imr.determination.guideline.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Free text reduced to lower-case words of letters and digits ("Sprain/strain, L-spine" becomes
 * [sprain, strain, l, spine]), so that keywords match regardless of case and punctuation. A plus sign standing for a
 * finding ("SLR +", "(+) Spurling's", "Tinel's+") is the word "positive"; one of a grade ("2+ reflexes", "+1 edema")
 * is not a word. A percent sign is the word "percent" ("50% relief", "50 percent relief").
 */
public final class NormalizedText {

    /**
     * A unit of a measure: the forms notes write it in beside a figure, whose change they write with an arrow ("work
     * hrs 4 -> 8", "walking 10 min -> 30 min") or compare with the measure before ("6 hrs vs 3 before"); the forms read
     * only in a change written in words ("from 50 to 100 yards"); its minutes, for a unit of time (0 for any other);
     * and whether the figure before the "to" of a change written in words may carry it ("from 20 min to 45"), which a
     * count of tablets does not (it is read as a count: "from 4 tabs to 2"; after the "to", "from 4 to 2 tabs", it is a
     * unit).
     */
    private record Unit(List<String> forms, List<String> formsInWords, int minutes, boolean beforeTo) {
    }

    /** The units of a measure, in the order their forms are tried. */
    private static final List<Unit> MEASURE_UNIT_TABLE = List.of(
            new Unit(List.of("hrs", "hr", "hours", "hour"), List.of(), 60, true),
            new Unit(List.of("mins", "min", "minutes"), List.of("minute"), 1, true),
            new Unit(List.of("ft", "feet"), List.of(), 0, true),
            new Unit(List.of("blocks", "block"), List.of(), 0, true),
            new Unit(List.of("lbs", "lb", "pounds"), List.of(), 0, true),
            new Unit(List.of("kg", "kgs"), List.of("kilograms"), 0, true),
            new Unit(List.of("miles", "mile"), List.of(), 0, true),
            new Unit(List.of("degrees", "deg"), List.of(), 0, true),
            new Unit(List.of("tabs", "tablets", "pills"), List.of(), 0, false),
            new Unit(List.of(), List.of("yards"), 0, true),
            new Unit(List.of(), List.of("meters"), 0, true));
    /** The forms of the units written beside a figure, as a pattern's alternatives: "hrs|hr|hours|...". */
    private static final String UNITS = String.join("|",
            MEASURE_UNIT_TABLE.stream().flatMap(unit -> unit.forms().stream()).toList());
    /**
     * A word: a score's change written with an arrow ("8->4", "7/10 -> 3/10"), letters and digits, or a plus sign that
     * is not part of a grade (no digit or plus beside it); the count of a course written with "x" is three words or
     * two, as it is written apart ("PT 2x6" as "PT 2 x 6", "chiro x8" as "chiro x 8").
     */
    static final Pattern WORD = Pattern.compile(
            "(?<![0-9/.])[0-9]{1,3}(?:/10)?(?:\\s*(?:" + UNITS + ")\\b)?\\s*(?:-{1,2}>|\u2192)\\s*[0-9]{1,3}(?:/10)?"
            + "(?![0-9])"
            + "|[\u2191\u2193]"
            + "|(?<![a-z0-9/])[whc]/o(?![a-z0-9/])|(?<![a-z0-9/])w/(?![a-z0-9/])|(?<![a-z0-9/])n/t(?![a-z0-9/])"
            + "|(?<![a-z0-9])[0-9]{1,2}(?=x[0-9]{1,2}(?![0-9a-z]))|(?<![a-z])x(?=[0-9]{1,2}(?![0-9a-z]))"
            + "|[a-z0-9]+|(?<![0-9+])\\+(?![0-9+])|%");
    /** The names of a pain score that a bare score follows: "VAS 8", "pain 7", "NRS 6". */
    private static final Set<String> SCORE_NAMES = Set.of("vas", "pain", "nrs");
    /** What follows a bare "with" or "without" after a score: a comma, a semicolon, a period, the end, a score. */
    private static final Pattern BARE_WITH_ENDS = Pattern.compile(
            "\\s*(?:$|[,;.]|(?:and|vs|versus|compared to)\\.?\\s+[0-9])");
    /** A measure and its unit: "3", "1/2 block", "15 min", "1.5 hrs". */
    private static final String MEASURE = "\\s*\\(?\\s*(?:only\\s+|about\\s+|approx\\.?\\s+)?"
            + "([0-9]{1,2}/10|[1-3]/[2-4]|[0-9]{1,3}(?:\\.[0-9])?)(?![0-9/])\\s*(" + UNITS + ")?\\b";
    /** The minutes of a unit of time that a measure is written in: "1 hr" is 60 minutes. */
    private static final Map<String, Integer> MINUTES_PER_UNIT = MEASURE_UNIT_TABLE.stream()
            .filter(unit -> unit.minutes() > 0)
            .flatMap(unit -> unit.forms().stream().map(form -> Map.entry(form, unit.minutes())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** The measure after a "vs" and the words that place it before, or without the medications. */
    private static final Pattern COMPARED_BEFORE = Pattern.compile(MEASURE + "\\s*(?:before|previously|prior|earlier"
            + "|initially|at baseline|pre-?treatment|w/o|without|off)\\b");
    /** A year, as a word. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}");
    /** The measure after a "was" or "previously" of a measure now. */
    private static final Pattern MEASURE_BEFORE = Pattern.compile(MEASURE);
    /** The words for taking the medications or not, after a pain score: "with" or "on" (true), "without" or "off". */
    private static final Map<String, Boolean> MEDICATION_SENSES = Map.of("with", true, "on", true, "without", false,
            "off", false);
    /** The words for the medications after a "with" or "without" of a score: "w/o meds", "with medication". */
    private static final Pattern MEDICATION_AFTER = Pattern.compile(
            "\\s+(?:the\\s+|her\\s+|his\\s+|pain\\s+)?(?:meds|medications?)\\b");
    /** The words for the worker's medications as a whole: "the medications", "her medication". */
    public static final Set<String> MEDICATION_WORDS = Set.of("medications", "medication");
    /** The words between a "with" and its medications: "with the medications", "w/o her meds". */
    private static final Set<String> OF_THE_MEDICATIONS = Set.of("the", "her", "his", "pain");
    /** A score's change written with an arrow, read as the words "8 down to 4" or "4 up to 8". */
    private static final Pattern SCORE_CHANGE = Pattern.compile(
            "([0-9]{1,3})(?:/10)?(?:\\s*(" + UNITS + "))?\\s*(?:-{1,2}>|\u2192)\\s*([0-9]{1,3})(?:/10)?");
    /** The "of" after an "instead" of a measure now: "walking 30 minutes instead of 10". */
    private static final Pattern INSTEAD_OF = Pattern.compile("\\s+of\\b");
    /** Words that say a measure changed, before its "from": "went from", "improved from", "dropped from". */
    private static final Set<String> CHANGED = Set.of("went", "gone", "changed", "progressed", "moved", "increased",
            "decreased", "improved", "dropped", "fell", "fallen", "reduced", "rose", "risen", "declined", "came",
            "come", "down", "up");
    /** The words for tablets that a count goes before: "4 tabs", "6 tablets". */
    private static final Set<String> TABLET_WORDS = Set.of("tabs", "tablets", "tab", "tablet", "pills", "pill",
            "caps", "capsules");
    /** The count after the "to" of a change of tablets written in words: "2" of "from 4 tabs to 2 tabs a day". */
    private static final Pattern COUNT_AFTER_TO = Pattern.compile("\\s+([0-9]{1,2})(?![0-9]|\\.[0-9]|\\s*(?:%|mg))");
    /**
     * The units of a measure (as read: "hrs" is read as "hours"), which a figure of a change written in words goes
     * before.
     */
    private static final Set<String> MEASURE_UNITS = MEASURE_UNIT_TABLE.stream().filter(Unit::beforeTo)
            .flatMap(unit -> Stream.concat(unit.forms().stream(), unit.formsInWords().stream()))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * The figure after the "to" of a change of a measure written in words, and its unit if written: "45 min", "26%".
     */
    private static final Pattern MEASURE_AFTER_TO = Pattern.compile("\\s+([0-9]{1,3})(?![0-9]|\\.[0-9])(?:\\s*(%|(?:"
            + "percent|" + UNITS + "|" + String.join("|", MEASURE_UNIT_TABLE.stream()
                    .flatMap(unit -> unit.formsInWords().stream()).toList()) + ")\\b))?");
    /** The names of a measure that a change written in words follows: "sitting tolerance from 20 to 45 min". */
    private static final Set<String> MEASURE_NAMES = Set.of("tolerance", "flexion", "extension", "abduction",
            "adduction", "rotation", "motion", "rom", "strength", "distance", "endurance");
    /**
     * The score after the "to" of a change written in words: "4" of "from 8/10 to 4/10", "5" of "from a 9 to a 5" (not
     * "to 45 degrees").
     */
    private static final Pattern SCORE_AFTER_TO = Pattern.compile("\\s+(?:a\\s+)?(10|[0-9])(?![0-9]|\\.[0-9]"
            + "|\\s*(?:%|percent|degrees|deg|mg|lbs|pounds|minutes|mins|min|hours|hrs|hr|feet|ft|blocks|miles|times"
            + "|tablets|tabs|pills|visits|sessions|days|weeks|months|years)\\b)");
    /**
     * Words read as the word they stand for, one word for one, so that cues and phrases written in full match them:
     * the abbreviations of clinical notes "w/o" (without: a negation), "w/" (with), "meds" (medications), "h/o" and
     * "hx" (history of), "c/o" (complains of), "tx" (treatment), "sx" (symptoms), "ttp" (tenderness to palpation), "OA"
     * (osteoarthritis), "decr" (decreased), "incr" (increased), "wt" (weight: "unable to bear wt"), "tol" (tolerance:
     * "standing tol"), "dx" (diagnosis), and the signs "+" (positive) and "%" (percent); and the words the
     * notes write one for the other as one word: "therapy" as "treatment" ("physical tx", "physical therapy"),
     * "discomfort" as "pain".
     */
    private static final Map<String, String> READ_AS = Map.ofEntries(Map.entry("w/o", "without"),
            Map.entry("w/", "with"), Map.entry("h/o", "history"), Map.entry("c/o", "complains"),
            Map.entry("tx", "treatment"), Map.entry("therapy", "treatment"), Map.entry("discomfort", "pain"),
            Map.entry("ttp", "tenderness"), Map.entry("meds", "medications"), Map.entry("hx", "history"),
            Map.entry("sx", "symptoms"), Map.entry("oa", "osteoarthritis"), Map.entry("decr", "decreased"),
            Map.entry("incr", "increased"), Map.entry("wt", "weight"), Map.entry("tol", "tolerance"),
            Map.entry("dx", "diagnosis"), Map.entry("hrs", "hours"), Map.entry("\u2191", "increased"),
            Map.entry("\u2193", "decreased"), Map.entry("pos", "positive"), Map.entry("neg", "negative"),
            Map.entry("+", "positive"), Map.entry("%", "percent"));
    /**
     * The abbreviations of clinical notes for a finding or a surgery of several words, read as those words: "LBP" as
     * "low back pain", "CTS" as "carpal tunnel syndrome", "RCR" as "rotator cuff repair", "RTC" as "rotator cuff",
     * "RTW" as "return to work", "N/T" as "numbness and tingling", "PUD" as "peptic ulcer disease", "GIB" as "GI
     * bleed", "radic" as "radiculopathy", so that phrases written in full match them.
     */
    private static final Map<String, List<String>> READ_AS_WORDS = Map.ofEntries(
            Map.entry("lbp", List.of("low", "back", "pain")),
            Map.entry("cts", List.of("carpal", "tunnel", "syndrome")),
            Map.entry("djd", List.of("degenerative", "joint", "disease")),
            Map.entry("ddd", List.of("degenerative", "disc", "disease")),
            Map.entry("rom", List.of("range", "of", "motion")),
            Map.entry("rcr", List.of("rotator", "cuff", "repair")),
            Map.entry("rtc", List.of("rotator", "cuff")),
            Map.entry("ctr", List.of("carpal", "tunnel", "release")),
            Map.entry("tkr", List.of("total", "knee", "replacement")),
            Map.entry("tka", List.of("total", "knee", "arthroplasty")),
            Map.entry("thr", List.of("total", "hip", "replacement")),
            Map.entry("tha", List.of("total", "hip", "arthroplasty")),
            Map.entry("acdf", List.of("anterior", "cervical", "discectomy", "and", "fusion")),
            Map.entry("mua", List.of("manipulation", "under", "anesthesia")),
            Map.entry("rtw", List.of("return", "to", "work")),
            Map.entry("n/t", List.of("numbness", "and", "tingling")),
            Map.entry("pud", List.of("peptic", "ulcer", "disease")),
            Map.entry("gib", List.of("gi", "bleed")),
            Map.entry("radic", List.of("radiculopathy")));
    /**
     * "pt", which notes write for physical therapy and for the patient, read as the patient when a possessive or a verb
     * only the patient does follows it: "helped the pt's mobility", "pt reports", "pt c/o", "pt completed a
     * questionnaire" (not "PT was completed", "PT has helped", "completed 6 PT").
     */
    private static final String PT = "pt";
    /**
     * "dec", which notes write for decreased ("dec sensation L5", "dec ROM") and for December, read as decreased when a
     * word follows it, not a number of a date ("Dec 2015", "Dec 12"), and no word that names a month goes before it
     * ("seen in Dec", "since Dec").
     */
    private static final String DEC = "dec";
    private static final Set<String> BEFORE_A_MONTH = Set.of("in", "on", "of", "since", "last", "until", "till", "by",
            "from", "through", "to", "early", "late", "mid", "during", "before", "after");
    private static final Set<String> VERBS_OF_THE_PATIENT = Set.of("s", "reports", "reported", "complains",
            "complained", "presented", "presents", "states", "stated", "denies", "denied", "notes", "rated", "rates",
            "describes", "described", "takes", "took", "ambulates", "ambulated", "walks", "underwent", "feels", "felt",
            "wants", "declined", "declines", "agrees", "agreed", "cannot", "works", "worked", "lives", "sleeps",
            "indicates", "indicated", "completed", "attended");
    /** What "pt has" or "pt had" names when "pt" is the patient: "pt has diagnoses that include", "pt had pain". */
    private static final Set<String> WHAT_THE_PATIENT_HAS = Set.of("diagnosis", "diagnoses", "complaints",
            "complaint", "pain", "history", "symptoms", "numbness", "tingling", "difficulty");
    /** What "pt is" or "pt was" goes on with when "pt" is the patient: "pt is a 44 year old", "pt was seen". */
    private static final Set<String> WHAT_THE_PATIENT_IS = Set.of("a", "an", "seen", "being", "here", "status");
    /**
     * Words that negate a finding named shortly after them: "strain without radiculopathy"; the contractions of "not"
     * as their first word ("hasn't tried Lyrica", "didn't help").
     */
    private static final Set<String> NEGATION_CUES = Set.of("no", "not", "never", "without", "denies", "denied",
            "negative", "lack", "lacks", "absence", "neither", "nor", "insufficient", "inadequate", "hasn", "haven",
            "hadn", "didn", "doesn", "isn", "wasn", "aren", "weren");
    private static final int NEGATION_REACH = 6;
    /**
     * Negations written after what they deny, ending their clause: "x-rays negative, unable to bear weight" denies the
     * films' findings, not the clause after the comma.
     */
    private static final Set<String> POSTPOSED_NEGATIONS = Set.of("negative", "denied");
    /**
     * The preposition that does not count against a negation's reach, as the articles do not: "no documentation of the
     * percentage of pain relief or of functional improvement" denies both.
     */
    private static final String OF = "of";
    /**
     * The word that gives the reason of a treatment: what follows it is the condition treated, which a negation of the
     * treatment does not deny ("has not tried Lyrica or gabapentin for her lumbar radiculopathy" states the
     * radiculopathy; "negative for radiculopathy", "not a candidate for surgery" still deny what follows).
     */
    private static final String REASON = "for";
    /** Words that say a treatment was taken or given, whose negation is of the treatment, not of its reason. */
    private static final Set<String> TREATMENT_TAKEN = Set.of("tried", "trial", "trials", "taken", "took", "used",
            "treated", "received", "prescribed", "had", "given");
    /**
     * Words that negate only what directly follows them: "unable to return to work", not "unable to walk due to ...".
     */
    private static final Set<String> CLOSE_NEGATION_CUES = Set.of("unable", "cannot", "inability");
    private static final int CLOSE_NEGATION_REACH = 2;
    /**
     * The word that joins alternatives under one close negation, which then reaches the word after it however long the
     * first alternative: "cannot sit longer than 20 minutes or walk without a cane" (not "unable to work and walks
     * without a cane").
     */
    private static final String OR = "or";
    /** Words that compare, as cues of an activity improved: "walks further", "sits longer". */
    private static final Set<String> COMPARATIVES = Set.of("longer", "further", "farther");
    /** Words that begin an amount a comparative may be measured against: "longer than a few minutes", "an hour". */
    private static final Set<String> MEASURE_AMOUNTS = Set.of("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "fifteen", "twenty", "thirty", "forty", "sixty", "half", "few", "several",
            "couple");
    /** The most words of the first of such alternatives: "unable to stand for more than ten minutes or walk". */
    private static final int ALTERNATIVES_REACH = 10;
    /**
     * Words that start a clause of their own after "and" or "or", ending the scope of a negation before them: "walks
     * without a cane and his knee pain is 2/10".
     */
    private static final Set<String> NEW_SUBJECTS = Set.of("his", "her", "he", "she", "their", "they", "patient",
            "worker");
    /**
     * Words that start a predicate of their own after "and", ending the scope of a negation before them: "could not
     * tolerate the lifting and was taken off work again".
     */
    private static final Set<String> NEW_PREDICATES = Set.of("was", "were");
    /** Words that turn a sentence and end the scope of a negation before them: "no numbness but weakness". */
    private static final Set<String> NEGATION_ENDS = Set.of("but", "however", "although", "though", "except", "yet",
            "whereas");
    /** The word of {@link #NEGATION_ENDS} that is no turn right after a negation: "not yet at MMI". */
    private static final String YET = "yet";
    /**
     * Words that, starting a clause after a comma, begin a statement of their own and end the scope of a negation
     * before the comma: "no PMH, takes no medications, scheduled for a carpal tunnel release", "no radicular signs,
     * failed 3 months of PT" (not "no numbness, tingling or weakness").
     */
    private static final Set<String> NEW_STATEMENTS = Set.of("scheduled", "planned", "awaiting", "pending",
            "underwent", "undergoing", "presents", "presented", "failed", "tried", "completed", "reports",
            "complains", "continues", "takes");
    /**
     * Words of a result said of what opens a clause after a comma, which make the clause a statement of its own that a
     * negation before the comma does not reach: "no side effects, UDS consistent", "no atrophy, Spurling positive",
     * "no swelling, ROM normal" (not "no numbness, tingling or weakness").
     */
    private static final Set<String> RESULTS = Set.of("consistent", "inconsistent", "appropriate", "reviewed",
            "positive", "normal", "abnormal", "signed", "performed", "obtained");
    /** The most words of a clause before its result: "urine drug screen 10/2016 consistent". */
    private static final int WORDS_BEFORE_A_RESULT = 5;
    /** Words that join the items of a negated list, which the negation reaches whatever its length. */
    private static final Set<String> LIST_JOINERS = Set.of("or", "nor");
    /**
     * The words joining one word to the next of a list, "and" with those above: "depression and anxiety were ruled
     * out", "numbness or positive Spurling's".
     */
    private static final Set<String> LIST_JOINS = Set.of("and", "or", "nor");
    /** The most words of a list's item: "or peptic ulcer disease", ", history of ulcer". */
    private static final int LIST_ITEM_WORDS = 3;
    /**
     * The prepositions inside an item of a list, which do not count against its length ({@link #OF} counts nowhere):
     * "no documentation of functional improvement, decrease in medication use, or return to work" denies each of the
     * three.
     */
    private static final Set<String> ITEM_PREPOSITIONS = Set.of("in");
    /**
     * The prefix that negates the one word it is joined to, and no further: "non-radicular", "non radiating",
     * "nontender" written apart ("non-tender"); a phrase that itself begins with it ("non weight bearing") is its own.
     */
    private static final String NEGATING_PREFIX = "non";
    /**
     * Words that make a finding named shortly after them, up to a semicolon, the physician's question or wish rather
     * than a documented finding: "MRI to rule out a tear", "possible fracture", "evaluate for radiculopathy" ("x-rays
     * leave unclear whether the fusion is solid; pseudarthrosis is suspected" states the suspicion).
     */
    private static final List<List<String>> HEDGE_CUES = List.of(List.of("rule", "out"), List.of("r", "o"),
            List.of("possible"), List.of("possibly"), List.of("questionable"), List.of("evaluate", "for"),
            List.of("assess", "for"), List.of("concern", "for"), List.of("exclude"), List.of("whether"),
            List.of("check", "for"), List.of("look", "for"), List.of("screen", "for"), List.of("see", "if"),
            List.of("determine", "if"), List.of("investigate"));
    /**
     * The word that makes what follows it in its clause a condition of the plan, not a finding: "consider an ESI if no
     * improvement with PT" documents no failed therapy.
     */
    private static final String CONDITION = "if";
    /**
     * Words that make a finding named shortly after them, in their clause, one of another person than the worker: a
     * relative's ("his brother had cauda equina syndrome", "family history of rheumatoid arthritis") or a
     * co-worker's. A subject of the worker's own ("his wife reports he has foot drop") or an "and" before a verb
     * ("lives with his mother and has foot drop") ends their reach; an "and" of a list does not ("family history:
     * mother with lumbar stenosis and foot drop").
     */
    private static final Set<String> OTHER_PERSONS = Set.of("brother", "brothers", "sister", "sisters",
            "mother", "father", "parent", "parents", "sibling", "siblings", "son", "daughter", "wife", "husband",
            "spouse", "relatives", "cousin", "aunt", "uncle", "grandmother", "grandfather", "coworker",
            "coworkers", "fh");
    private static final int OTHER_PERSON_REACH = 6;
    /**
     * Words that, after "and", start a statement of the worker's own: "lives with his mother and has a foot drop" (not
     * "mother with lumbar stenosis and foot drop").
     */
    private static final Set<String> JOINED_VERBS = Set.of("has", "have", "had", "is", "was", "reports", "reported",
            "complains", "presents", "presented", "developed", "now", "also", "currently", "today", "exhibits",
            "demonstrates", "shows", "notes");
    /** Words of the worker's own report of a symptom: "he reports decreased sensation", "c/o weakness". */
    private static final Set<String> REPORT_WORDS = Set.of("reports", "reported", "reporting", "complains",
            "complained", "complaining", "complaint", "complaints", "describes", "described", "endorses", "endorsed",
            "feels", "felt", "subjective", "subjectively", "perceives", "perceived");
    /** Words for a physician, whose report is of the examination: "the treating physician reported weakness". */
    private static final Set<String> PHYSICIAN_WORDS = Set.of("physician", "physicians", "doctor", "dr", "md",
            "provider", "surgeon", "treater", "ptp", "pm", "examiner", "qme", "ame", "neurologist", "physiatrist",
            "orthopedist", "report", "reports", "records", "note", "notes");
    /** Words of the physician's examination, which end the reach of a report before them. */
    private static final Set<String> EXAMINATION_WORDS = Set.of("exam", "examination", "examined", "objective",
            "objectively", "reveals", "revealed", "show", "shows", "showed", "demonstrates", "demonstrated", "found",
            "noted", "document", "documents", "documented", "testing", "tested");
    /** Words that place a finding named shortly after them in the past: "history of a fracture". */
    private static final Set<String> PAST_CUES = Set.of("history", "healed", "remote", "old", "past", "resolved");
    private static final int PAST_REACH = 4;
    /** The words before the "old" of an age: "60-year-old", "45 years old", "9 months old". */
    private static final Set<String> AGE_UNITS = Set.of("year", "years", "yr", "yrs", "month", "months");
    /**
     * Words that place a finding named shortly before them, in its clause, in the past: "a wound infection after
     * surgery that resolved", "the fracture has healed", "a foot drop, which resolved".
     */
    private static final Set<String> PAST_AFTER_CUES = Set.of("healed", "resolved");
    /**
     * The words that start a clause said of the finding before its comma, which a word placing it in the past may end:
     * "a right foot drop, which resolved after surgery".
     */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");
    private static final int PAST_AFTER_REACH = 6;
    /**
     * Nouns that end a finding's name after the words a fact names: "cauda equina syndrome", "Babinski sign", "CURES
     * report".
     */
    private static final Set<String> FINDING_HEAD_NOUNS = Set.of("syndrome", "sign", "signs", "test", "tests",
            "deficit", "deficits", "symptoms", "findings", "changes", "behavior", "behaviors", "behaviour",
            "behaviours", "report", "reports", "screen", "screens", "agreement", "contract");
    /**
     * Words that deny a finding named shortly before them, in its clause: "multiple sclerosis is not documented", "a
     * fracture was ruled out", "numbness is denied", "surgery was not authorized", "the fusion has not yet been
     * scheduled", a note's "aberrant behaviors: none".
     */
    private static final List<List<String>> NEGATION_AFTER = List.of(List.of("not", "documented"),
            List.of("not", "present"), List.of("not", "noted"), List.of("not", "found"), List.of("not", "seen"),
            List.of("not", "evident"), List.of("not", "reported"), List.of("not", "identified"),
            List.of("not", "confirmed"), List.of("not", "shown"), List.of("not", "described"),
            List.of("not", "discussed"), List.of("not", "addressed"), List.of("not", "mentioned"),
            List.of("not", "provided"), List.of("not", "specified"), List.of("not", "tried"),
            List.of("not", "attempted"), List.of("not", "performed"), List.of("not", "authorized"),
            List.of("not", "authorised"), List.of("not", "certified"), List.of("non", "certified"),
            List.of("not", "approved"), List.of("not", "scheduled"), List.of("not", "planned"),
            List.of("not", "requested"), List.of("not", "reviewed"), List.of("not", "done"), List.of("not", "obtained"),
            List.of("not", "checked"), List.of("not", "completed"), List.of("not", "signed"), List.of("not", "ordered"),
            List.of("not", "available"), List.of("not", "submitted"), List.of("not", "included"),
            List.of("not", "yet"), List.of("ruled", "out"), List.of("absent"),
            List.of("excluded"), List.of("denied"), List.of("none"));
    /** The "not" and "been" of "has not been documented", a denial after a finding read past its "been". */
    private static final String NOT = "not";
    private static final String BEEN = "been";
    /** The verbs that may stand between a finding and the words denying it: "is", "has been". */
    private static final Set<String> LINKING_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "been",
            "be");
    /**
     * Words that say a term is not so, or hardly ("minimal improvement", "temporary benefit", "reflexes 2+ and
     * symmetric", "TENS was tried without relief"), and end the reach of a cue said of it ("Spurling's negative,
     * Tinel's ..."), unless they begin the cue itself ("PT without relief"); after the term, only within its clause
     * ("failed conservative treatment, is not a surgical candidate" still states the failure).
     */
    private static final Set<String> NOT_SO = Set.of("negative", "normal", "no", "not", "unremarkable", "equivocal",
            "but", "however", "although", "minimal", "minimally", "little", "limited", "temporary", "temporarily",
            "transient", "intact", "symmetric", "symmetrical", "equal", "without");
    /**
     * How many words (articles, pronouns, numbers, spinal levels and durations aside) before its term a cue may stand:
     * "positive seated straight leg", "despite two months of physical therapy".
     */
    private static final int CUE_BEFORE = 3;
    /** A spinal level, as a word: "l4", "c5", "s1", "t12". */
    private static final Pattern SPINAL_LEVEL = Pattern.compile("[clts][0-9]{1,2}");
    /** The words of a duration between a cue and its term, which do not count against its reach: "six weeks of". */
    private static final Set<String> DURATION = Set.of("of", "few", "several", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "twelve", "day", "days", "week", "weeks", "wk", "wks",
            "month", "months", "mo", "mos", "year", "years", "yr", "yrs");
    /**
     * How many words (articles, pronouns, numbers, spinal levels and durations aside) after its term a cue may stand:
     * "Spurling's test was positive", "SLR is positive", "medial branch blocks at L4-5 gave 80% relief".
     */
    private static final int CUE_AFTER = 5;
    /** Words that introduce a date: "dated 9/14/2016", "dos 12/13/2016". */
    private static final Set<String> DATING = Set.of("dated", "dos");
    /** The outcomes of a treatment that a word saying "hardly" may qualify: "with minimal relief". */
    private static final Set<String> OUTCOMES = Set.of("relief", "benefit", "benefits", "improvement", "improvements",
            "gain", "gains", "help", "result", "results", "response", "effect", "effects", "success");
    /** Words saying a treatment helped, which an outcome qualified as hardly so ("with minimal relief") denies. */
    private static final Set<String> HELPED = Set.of("improved", "improving", "helped", "helpful", "better",
            "benefited", "beneficial", "relieved", "effective", "successful");
    /** The sides of a site, written out or as "R", "L", which a term's cue passes over as it does a spinal level. */
    private static final Set<String> SIDES = Set.of("right", "left", "bilateral", "bilaterally", "r", "l", "bilat");
    /** The results of a test "not so" that a contrast with another side may follow: "negative on the right and ...". */
    private static final Set<String> CONTRASTED_RESULTS = Set.of("negative", "normal", "equivocal");
    /** How many words may give the site of a result before the contrast: "negative at the left elbow, positive...". */
    private static final int RESULT_SITE_WORDS = 5;
    /** The words that join a result of one side to the contrary result of another. */
    private static final Set<String> CONTRAST_JOINERS = Set.of("and", "but", "while", "whereas");
    /** The verbs that may stand between the contrast and its cue: "and is positive on the left". */
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    /** The words that give the site of a contrasted result after its cue: "positive at the wrist", "... medially". */
    private static final Set<String> SITE_WORDS = Set.of("on", "at", "in", "to", "with", "medially", "laterally",
            "anteriorly", "posteriorly", "proximally", "distally");
    /** Words that join the levels, sides or date of a list when one of them follows: "at L4-5 and L5-S1 on 3/2". */
    private static final Set<String> SITE_JOINERS = Set.of("at", "and", "to", "through", "on", "from");

    private final List<String> words;
    /** The words that start a clause: the first after a comma or a semicolon. */
    private final BitSet clauseStarts;
    /**
     * The words that start a clause after a semicolon, which a negation does not reach past: "SLR negative; failed PT
     * and NSAIDs" states the failure (a comma does not end it: "no fever, chills or weight loss").
     */
    private final BitSet semicolonStarts;

    /**
     * The words after a period, which a worker's report before them does not reach: "He reports pain. straight leg
     * raise positive", "Subjective: back pain. Exam: weakness".
     */
    private final BitSet periodStarts;

    /** For each word, the index of the word of the text it was read from (an abbreviation gives several words). */
    private final int[] sourceWords;

    private NormalizedText(List<String> words, int[] sourceWords, BitSet clauseStarts, BitSet semicolonStarts,
            BitSet periodStarts) {
        this.words = words;
        this.sourceWords = sourceWords;
        this.clauseStarts = clauseStarts;
        this.semicolonStarts = semicolonStarts;
        this.periodStarts = periodStarts;
    }

    /** Null or blank text gives no words. */
    public static NormalizedText of(String text) {
        if (text == null) {
            return new NormalizedText(List.of(), new int[0], new BitSet(), new BitSet(), new BitSet());
        }
        String lowerCase = text.toLowerCase(Locale.ROOT);
        Matcher word = WORD.matcher(lowerCase);
        List<String> words = new ArrayList<>();
        BitSet clauseStarts = new BitSet();
        BitSet semicolonStarts = new BitSet();
        BitSet periodStarts = new BitSet();
        int[] sourceWords = new int[16];
        int previousEnd = 0;
        for (int source = 0; word.find(); source++) {
            if (holdsAny(lowerCase, previousEnd, word.start(), ",;")) {
                clauseStarts.set(words.size());
            }
            if (holdsAny(lowerCase, previousEnd, word.start(), ";")) {
                semicolonStarts.set(words.size());
            }
            if (holdsAny(lowerCase, previousEnd, word.start(), ".")) {
                periodStarts.set(words.size());
            }
            int firstRead = words.size();
            String written = word.group();
            List<String> several = READ_AS_WORDS.getOrDefault(written, scoreChange(written));
            if (several == null) {
                several = comparedToBefore(words, written, lowerCase, word.end());
            }
            if (several == null && written.equals("to")) {
                several = scoreChangeInWords(words, lowerCase, word.end());
            }
            if (several == null && written.equals("from") && !holdsAny(lowerCase, previousEnd, word.start(), ",;.")) {
                several = scoreNowFromBefore(words, lowerCase, word.end());
            }
            if (several == null) {
                several = bareWithAfterAScore(words, READ_AS.getOrDefault(written, written), lowerCase, word.end());
            }
            if (sameScoreOnAndOffMedication(words, periodStarts, READ_AS.getOrDefault(written, written), several,
                    lowerCase, word.end())) {
                words.add("same");
                words.add("as");
            }
            if (several == null) {
                words.add(READ_AS.getOrDefault(written, written));
            } else {
                words.addAll(several);
            }
            sourceWords = withSource(sourceWords, firstRead, words.size(), source);
            previousEnd = word.end();
        }
        for (int index = 0; index + 1 < words.size(); index++) {
            if (words.get(index).equals(PT) && (VERBS_OF_THE_PATIENT.contains(words.get(index + 1))
                    || patientsStateAt(words, index + 1))) {
                words.set(index, "patient");
            }
            if (words.get(index).equals(DEC) && !Character.isDigit(words.get(index + 1).charAt(0))
                    && (index == 0 || !BEFORE_A_MONTH.contains(words.get(index - 1)))) {
                words.set(index, "decreased");
            }
        }
        return new NormalizedText(List.copyOf(words), Arrays.copyOf(sourceWords, words.size()), clauseStarts,
                semicolonStarts, periodStarts);
    }

    /**
     * Whether the words from {@code at} say what the patient has or is, after "pt": "pt has diagnoses that include",
     * "pt had complaints of", "pt is a 44 year old" (not "PT has helped", "PT was completed").
     */
    private static boolean patientsStateAt(List<String> words, int at) {
        if (at + 1 >= words.size()) {
            return false;
        }
        String verb = words.get(at);
        String next = words.get(at + 1);
        return ((verb.equals("has") || verb.equals("had")) && WHAT_THE_PATIENT_HAS.contains(next))
                || ((verb.equals("is") || verb.equals("was")) && WHAT_THE_PATIENT_IS.contains(next));
    }

    /** The words of a score's change written with an arrow ("8 down to 4"); null for any other word. */
    private static List<String> scoreChange(String written) {
        if (written.indexOf('>') < 0 && written.indexOf('\u2192') < 0) {
            return null;
        }
        Matcher change = SCORE_CHANGE.matcher(written);
        if (!change.matches()) {
            return null;
        }
        int from = Integer.parseInt(change.group(1));
        int to = Integer.parseInt(change.group(3));
        List<String> read = new ArrayList<>(List.of(change.group(1)));
        if (change.group(2) != null) {
            read.add(READ_AS.getOrDefault(change.group(2), change.group(2)));
        }
        read.addAll(to < from ? List.of("down", "to") : to > from ? List.of("increased", "up", "to") : List.of("to"));
        read.add(change.group(3));
        return List.copyOf(read);
    }

    /**
     * The words for a "vs" or "versus" between a measure now and the same measure before, or without the medications
     * ("sleeping 6 hrs vs 3 before", "can stand 45 min vs 15 min without meds"), or for the "was" or "previously" of a
     * measure now and before ("walks 2 blocks now, was 1/2 block"), or for the "instead" of a measure now "instead of"
     * the one before ("walking 30 minutes instead of 10"): "increased from" or "decreased from", as the measure went;
     * null for any other word.
     */
    private static List<String> comparedToBefore(List<String> before, String written, String text, int after) {
        boolean versus = written.equals("vs") || written.equals("versus");
        boolean was = written.equals("was") || written.equals("previously");
        boolean instead = written.equals("instead")
                && INSTEAD_OF.matcher(text).region(after, text.length()).lookingAt();
        if (!versus && !was && !instead) {
            return null;
        }
        int thenAt = instead ? text.indexOf("of", after) + 2 : after;
        int end = before.size();
        if (was && end >= 1 && before.get(end - 1).equals("now")) {
            end--;
        }
        // the measure with the medications before a "vs" of the measure without them: "walks 30 min w/ meds vs 5 min
        // w/o"
        if (versus && end >= 2 && MEDICATION_WORDS.contains(before.get(end - 1))) {
            int with = end - 2;
            while (with > 0 && OF_THE_MEDICATIONS.contains(before.get(with))) {
                with--;
            }
            if (MEDICATION_SENSES.getOrDefault(before.get(with), false)) {
                end = with;
            }
        }
        Double now = measureEndingAt(before, end);
        if (now == null) {
            return null;
        }
        Matcher then = (versus ? COMPARED_BEFORE : MEASURE_BEFORE).matcher(text).region(thenAt, text.length());
        if (!then.lookingAt()) {
            return null;
        }
        double earlier = valueOf(then.group(1));
        // a time in other units is compared in minutes: "sit 1 hr vs 15 min before" is longer
        Integer minutesNow = end >= 1 ? MINUTES_PER_UNIT.get(before.get(end - 1)) : null;
        Integer minutesThen = then.group(2) == null ? null
                : MINUTES_PER_UNIT.get(then.group(2).toLowerCase(Locale.ROOT));
        if (minutesNow != null && minutesThen != null) {
            now *= minutesNow;
            earlier *= minutesThen;
        }
        return now > earlier ? List.of("increased", "from") : now < earlier ? List.of("decreased", "from") : null;
    }

    /** The value of a measure the words end with, a unit after it or not: 6 of "6 hours", 0.5 of "1 2 block". */
    private static Double measureEndingAt(List<String> words, int end) {
        int at = end - 1;
        if (at >= 1 && !isNumber(words.get(at))) {
            at--;
        }
        if (at < 0 || !isNumber(words.get(at))) {
            return null;
        }
        double value = Double.parseDouble(words.get(at));
        if (scoreOutOfTenEndsAt(words, at + 1)) {
            return Double.parseDouble(words.get(at - 1));
        }
        if (at >= 1 && isNumber(words.get(at - 1)) && Set.of("2", "3", "4").contains(words.get(at))
                && Double.parseDouble(words.get(at - 1)) < value) {
            return Double.parseDouble(words.get(at - 1)) / value;
        }
        return value;
    }

    private static boolean isNumber(String word) {
        return word.length() <= 3 && word.chars().allMatch(Character::isDigit);
    }

    /** The value of "6", "1.5", "1/2" or a score "7/10". */
    private static double valueOf(String written) {
        int slash = written.indexOf('/');
        return slash < 0 || written.endsWith("/10")
                ? Double.parseDouble(slash < 0 ? written : written.substring(0, slash))
                : Double.parseDouble(written.substring(0, slash)) / Double.parseDouble(written.substring(slash + 1));
    }

    /**
     * The words for the "to" of a score's change written in words, "from 8/10 to 4/10", "from 7 to 4", "6/10 to 3/10":
     * "down to" or "up to", read as the arrow's; null when the words before it are neither "from" and a score of at
     * most 10 nor a score out of 10, or the words after it no such score.
     */
    private static List<String> scoreChangeInWords(List<String> before, String text, int after) {
        List<String> countChange = countChangeInWords(before, text, after);
        if (countChange != null) {
            return countChange;
        }
        int size = before.size();
        boolean outOfTen = scoreOutOfTenEndsAt(before, size);
        int fromAt = outOfTen ? size - 3 : size - 2;
        boolean fromWritten = fromAt >= 0 && isScore(before.get(fromAt + 1)) && (before.get(fromAt).equals("from")
                || before.get(fromAt).equals("a") && fromAt >= 1 && before.get(fromAt - 1).equals("from"));
        if (!fromWritten && !outOfTen) {
            return measureChangeInWords(before, text, after);
        }
        Matcher next = SCORE_AFTER_TO.matcher(text).region(after, text.length());
        if (!next.lookingAt()) {
            return measureChangeInWords(before, text, after);
        }
        return direction(Integer.parseInt(before.get(fromAt + 1)), Integer.parseInt(next.group(1)), "to");
    }

    /**
     * The words for the "to" of a change of a count of tablets written in words, "from 4 tabs to 2 tabs", "from 6
     * tablets to 3 a day": "down to" or "up to", as a score's; null when the words before it are not "from", a count
     * and a word for tablets, or the words after it no count.
     */
    private static List<String> countChangeInWords(List<String> before, String text, int after) {
        int size = before.size();
        if (size < 3 || !TABLET_WORDS.contains(before.get(size - 1)) || !before.get(size - 3).equals("from")
                || !isCount(before.get(size - 2))) {
            return null;
        }
        Matcher next = COUNT_AFTER_TO.matcher(text).region(after, text.length());
        if (!next.lookingAt()) {
            return null;
        }
        return direction(Integer.parseInt(before.get(size - 2)), Integer.parseInt(next.group(1)), "to");
    }

    /**
     * The words for the "to" of a measure's change written in words, "Oswestry from 44% to 26%", "sitting tolerance
     * from 20 to 45 min", "walking from 1 block to 4 blocks", "flexion from 90 to 120 degrees": "down to", or
     * "increased up to" as an arrow's ("20 min -> 45 min"); a measure in percent, with its unit on both figures, after
     * the name of a measure ({@link #MEASURE_NAMES}) or after a word that says it changed ({@link #CHANGED}), since
     * "walks from 5 to 20 minutes" may be a range; null for any other "to", and for figures with no unit (a dose, a
     * year).
     */
    private static List<String> measureChangeInWords(List<String> before, String text, int after) {
        int size = before.size();
        // the percent sign is read as the word: "44%" as "44 percent"
        boolean percentBefore = size >= 1 && before.get(size - 1).equals("percent");
        boolean unitBefore = percentBefore || size >= 1 && MEASURE_UNITS.contains(before.get(size - 1));
        int fromAt = unitBefore ? size - 3 : size - 2;
        if (fromAt < 0 || !before.get(fromAt).equals("from") || !isNumber(before.get(fromAt + 1))) {
            return null;
        }
        Matcher next = MEASURE_AFTER_TO.matcher(text).region(after, text.length());
        if (!next.lookingAt()) {
            return null;
        }
        String unitAfter = next.group(2);
        if (!unitBefore && unitAfter == null) {
            return null;
        }
        boolean inPercent = percentBefore || "%".equals(unitAfter) || "percent".equals(unitAfter);
        boolean measureNamed = fromAt >= 1 && MEASURE_NAMES.contains(before.get(fromAt - 1));
        boolean saidChanged = false;
        for (int at = fromAt - 1; at >= Math.max(0, fromAt - 3); at--) {
            saidChanged |= CHANGED.contains(before.get(at));
        }
        if (!(inPercent || unitBefore && unitAfter != null || measureNamed || saidChanged)) {
            return null;
        }
        int from = Integer.parseInt(before.get(fromAt + 1));
        int to = Integer.parseInt(next.group(1));
        return from == to ? null : to < from ? List.of("down", "to") : List.of("increased", "up", "to");
    }

    /**
     * The words for the "from" between a score out of 10 and the score out of 10 it changed from, written after it
     * ("pain 5/10 from 8/10"): "down from" or "up from"; null when no such score goes right before it or after it.
     */
    private static List<String> scoreNowFromBefore(List<String> before, String text, int after) {
        int size = before.size();
        if (!scoreOutOfTenEndsAt(before, size)) {
            return null;
        }
        Matcher previous = SCORE_AFTER_TO.matcher(text).region(after, text.length());
        if (!previous.lookingAt() || !text.startsWith("/10", previous.end(1))) {
            return null;
        }
        return direction(Integer.parseInt(previous.group(1)), Integer.parseInt(before.get(size - 2)), "from");
    }

    /**
     * "down" or "up" and the word that joins the figures ("to", "from") for a change from one figure to another; null
     * when the figure did not change.
     */
    private static List<String> direction(int from, int to, String joiner) {
        return from == to ? null : List.of(to < from ? "down" : "up", joiner);
    }

    /** Whether the words before {@code end} close with a score out of 10 ("7", "10" of "7/10"). */
    private static boolean scoreOutOfTenEndsAt(List<String> words, int end) {
        return end >= 2 && words.get(end - 1).equals("10") && isScore(words.get(end - 2));
    }

    private static boolean isCount(String word) {
        return word.length() <= 2 && word.chars().allMatch(Character::isDigit);
    }

    /**
     * The words for a bare "with" or "without" that a pain score out of 10 goes before and a comma, a semicolon, a
     * period, the end of the text or another score follows, which notes write for the medication the sentence is about
     * ("pain 9/10 without, 5/10 with", "9/10 w/o; 5/10 w/.", "7/10 without and 3/10 with"), or a score its name
     * goes before ("VAS 8 w/o, 4 w/ Norco", "pain 7 without"): "with medications", "without medications"; null for
     * any other word.
     */
    private static List<String> bareWithAfterAScore(List<String> before, String read, String text, int after) {
        if (!read.equals("with") && !read.equals("without")) {
            return null;
        }
        int size = before.size();
        boolean outOfTen = scoreOutOfTenEndsAt(before, size);
        boolean namedScore = size >= 2 && isScore(before.get(size - 1)) && SCORE_NAMES.contains(before.get(size - 2));
        if (!outOfTen && !namedScore) {
            return null;
        }
        return BARE_WITH_ENDS.matcher(text).region(after, text.length()).lookingAt()
                ? List.of(read, "medications") : null;
    }

    /**
     * Whether the word read, a "with" or "without", "on" or "off" of the medications after a pain score ("6/10 w/o
     * meds", a bare "6 w/o"), gives the same score as another such word of the opposite sense before it in the sentence
     * ("VAS 6 w/ and 6 w/o", "pain 6/10 w/ meds, 6/10 w/o meds"): the medication changes nothing, read as "same as" the
     * score before it, as the words "pain 7/10 with and without medications" are.
     */
    private static boolean sameScoreOnAndOffMedication(List<String> before, BitSet periodStarts, String read,
            List<String> several, String text, int after) {
        Boolean with = MEDICATION_SENSES.get(read);
        String score = scoreBefore(before, before.size());
        if (with == null || score == null || !(several != null && several.size() == 2 && several.get(1)
                .equals("medications") || several == null && (MEDICATION_AFTER.matcher(text).region(after,
                text.length()).lookingAt() || BARE_WITH_ENDS.matcher(text).region(after, text.length()).lookingAt()))) {
            return false;
        }
        for (int index = before.size() - 1; index > 0; index--) {
            Boolean earlier = MEDICATION_SENSES.get(before.get(index));
            int next = index + 1 < before.size() && OF_THE_MEDICATIONS.contains(before.get(index + 1)) ? index + 2
                    : index + 1;
            if (earlier != null && earlier != with && next < before.size()
                    && MEDICATION_WORDS.contains(before.get(next))) {
                return score.equals(scoreBefore(before, index));
            }
            if (periodStarts.get(index)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The pain score that the words before {@code end} end with: "6" of "6/10", of "6 out of 10" or of a bare "6"; null
     * for none.
     */
    private static String scoreBefore(List<String> words, int end) {
        if (end >= 4 && words.get(end - 1).equals("10") && words.get(end - 2).equals("of")
                && words.get(end - 3).equals("out")) {
            return isScore(words.get(end - 4)) ? words.get(end - 4) : null;
        }
        if (scoreOutOfTenEndsAt(words, end)) {
            return words.get(end - 2);
        }
        return end >= 1 && isScore(words.get(end - 1)) && !(end >= 2 && words.get(end - 2).equals("10"))
                ? words.get(end - 1) : null;
    }

    private static boolean isScore(String word) {
        return word.length() <= 2 && word.chars().allMatch(Character::isDigit) && Integer.parseInt(word) <= 10;
    }

    /** {@code sourceWords}, grown when needed, with {@code source} at the read words {@code from} to {@code to}. */
    private static int[] withSource(int[] sourceWords, int from, int to, int source) {
        int[] grown = to <= sourceWords.length ? sourceWords
                : Arrays.copyOf(sourceWords, Math.max(to, 2 * sourceWords.length));
        Arrays.fill(grown, from, to, source);
        return grown;
    }

    /** Whether the chars between two words hold one of {@code marks} (a comma or a semicolon). */
    private static boolean holdsAny(String text, int from, int to, String marks) {
        for (int index = from; index < to; index++) {
            if (marks.indexOf(text.charAt(index)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public List<String> words() {
        return words;
    }

    /**
     * Whether a word of a text, as written, is a negation cue ("no", "denies", "without", "hasn't"'s "hasn", "unable"),
     * whose scope may reach past its clause: "no history of trauma, cancer or fever" denies the fever too.
     */
    public static boolean isNegationCue(String writtenWord) {
        String word = writtenWord.toLowerCase(Locale.ROOT);
        return NEGATION_CUES.contains(word) || CLOSE_NEGATION_CUES.contains(word);
    }

    /** Whether a word is a year, "2016" ("in 2016", "11/2016"). */
    public boolean namesAYear() {
        return words.stream().anyMatch(word -> YEAR.matcher(word).matches());
    }

    /** Whether any of the phrases occurs anywhere, negated or not. */
    public boolean containsAny(Collection<TermPhrase> phrases) {
        for (int start = 0; start < words.size(); start++) {
            if (startsAny(phrases, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any of the phrases occurs right before one of {@code following} (fillers between them aside), negated or
     * not: "only with" before a drug's name, "only with the Norco".
     */
    public boolean containsAnyFollowedBy(Collection<TermPhrase> phrases, Collection<TermPhrase> following) {
        for (int start = 0; start < words.size(); start++) {
            for (TermPhrase phrase : IndexedPhrases.startingAt(phrases, words, start)) {
                int length = phrase.matchLength(words, start);
                int next = start + length;
                while (length > 0 && next < words.size() && TermPhrase.isFiller(words.get(next))) {
                    next++;
                }
                if (length > 0 && startsAny(following, next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any of the phrases starts at word {@code start}. */
    private boolean startsAny(Collection<TermPhrase> phrases, int start) {
        if (start >= words.size()) {
            return false;
        }
        for (TermPhrase phrase : IndexedPhrases.startingAt(phrases, words, start)) {
            if (phrase.matchesAt(words, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any of the phrases occurs without a negation or hedge cue shortly before it ("no radiculopathy", "to
     * rule out radiculopathy" do not).
     */
    public boolean affirmsAny(Collection<TermPhrase> phrases) {
        return affirmsAny(phrases, false);
    }

    /**
     * As {@link #affirmsAny(Collection)}; for a current finding ({@code now}), a phrase shortly after a word placing it
     * in the past ("history of", "healed") does not count either.
     */
    public boolean affirmsAny(Collection<TermPhrase> phrases, boolean now) {
        return firstAffirmed(phrases, now, false).isPresent();
    }

    /**
     * Where the first phrase that {@link #affirmsAny(Collection, boolean)} counts is, as the chars of {@code text} (the
     * text these words were made from) its words span; empty when none is affirmed.
     */
    public Optional<CharSpan> firstAffirmedIn(String text, Collection<TermPhrase> phrases, boolean now) {
        return firstAffirmedIn(text, phrases, now, false);
    }

    /**
     * As {@link #firstAffirmedIn(String, Collection, boolean)}; for a sign of the examination ({@code objective}), a
     * phrase the worker is said to report ("he reports decreased sensation in his foot") does not count either.
     */
    public Optional<CharSpan> firstAffirmedIn(String text, Collection<TermPhrase> phrases, boolean now,
            boolean objective) {
        return firstAffirmed(phrases, now, objective).map(words -> charsOf(text, words.from(), words.to()));
    }

    /**
     * Where the first of {@code terms} with one of {@code cues} near it is, in either word order ("positive Phalen's
     * sign", "Phalen's sign was positive", "positive seated straight leg raise"), as the chars of {@code text} from the
     * term to its cue; a term said not to be so first ("Spurling's negative"), negated, hedged or (for a current
     * finding) placed in the past does not count. Empty when none is.
     */
    public Optional<CharSpan> firstTermWithCueIn(String text, Collection<TermPhrase> terms,
            Collection<TermPhrase> cues, boolean now) {
        return firstTermWithCueIn(text, terms, cues, now, false);
    }

    /** As {@link #firstTermWithCueIn(String, Collection, Collection, boolean)}, not reported when {@code objective}. */
    public Optional<CharSpan> firstTermWithCueIn(String text, Collection<TermPhrase> terms,
            Collection<TermPhrase> cues, boolean now, boolean objective) {
        return firstTermWithCueIn(text, terms, cues, now, objective, false);
    }

    /**
     * As {@link #firstTermWithCueIn(String, Collection, Collection, boolean, boolean)}; when {@code cuesOnlyAfter},
     * a cue counts only after its term ("ADLs increased", "work hours 4 -> 8"), not before it ("increased difficulty
     * walking").
     */
    public Optional<CharSpan> firstTermWithCueIn(String text, Collection<TermPhrase> terms,
            Collection<TermPhrase> cues, boolean now, boolean objective, boolean cuesOnlyAfter) {
        for (int start = 0; start < words.size(); start++) {
            for (TermPhrase term : IndexedPhrases.startingAt(terms, words, start)) {
                int length = term.matchLength(words, start);
                if (length == 0) {
                    continue;
                }
                int termStart = start;
                Optional<WordSpan> after = cueAfter(termStart, termStart + length, cues);
                // a clause that opens with the term and says its cue is a statement of its own, out of the reach of a
                // negation before its comma: "w/o radicular sx, facet loading positive"; not an item of a negated
                // list that "or" goes on with: "no pain scores, functional improvement or drug screening"
                boolean ownClause = after.isPresent() && clauseStarts.get(termStart)
                        && !listGoesOnAfter(after.get().to());
                if (after.isPresent() && affirms(after.get(), ownClause, now, objective)) {
                    return Optional.of(charsOf(text, after.get().from(), after.get().to()));
                }
                if (cuesOnlyAfter) {
                    continue;
                }
                // a cue after the term that is denied leaves the one before it standing: "included PT (number of
                // sessions not found)" still says the course was given
                Optional<WordSpan> before = cueBefore(termStart, termStart + length, cues);
                if (before.isPresent() && affirms(before.get(), false, now, objective)) {
                    return Optional.of(charsOf(text, before.get().from(), before.get().to()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the first of {@code terms} is that one of {@code cues} follows anywhere later in these words (a sentence),
     * as the chars of {@code text} from the term to its cue: the outcome of a course told after it, however far ("PT
     * x12 completed last spring; pain remains unchanged and she cannot lift her child"). Neither the term nor its cue
     * may be negated, hedged, said of another person or (for a current finding) placed in the past ("no PT to date;
     * pain persists", "if pain persists after PT"). Empty when none is.
     */
    public Optional<CharSpan> firstTermThenCueIn(String text, Collection<TermPhrase> terms,
            Collection<TermPhrase> cues, boolean now) {
        for (int start = 0; start < words.size(); start++) {
            for (TermPhrase term : IndexedPhrases.startingAt(terms, words, start)) {
                int length = term.matchLength(words, start);
                if (length == 0 || !affirms(new WordSpan(start, start + length), false, now, false)) {
                    continue;
                }
                for (int index = start + length; index < words.size(); index++) {
                    int cueLength = cueAt(index, cues);
                    if (cueLength > 0 && affirms(new WordSpan(index, index + cueLength), false, now, false)) {
                        return Optional.of(charsOf(text, start, index + cueLength));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the words of a term and its cue state it: not negated (unless a clause of its own), hedged, or past. */
    private boolean affirms(WordSpan stated, boolean ownClause, boolean now, boolean objective) {
        return (ownClause || !negatedAt(stated.from())) && !negatedAfter(stated.to()) && !hedgedAt(stated.from())
                && !ofAnotherPerson(stated.from()) && !(objective && reportedAt(stated.from()))
                && !(now && pastAt(stated.from(), stated.to()));
    }

    /**
     * Whether "or" or "nor" follows word {@code from} before a semicolon or a period: the clause before it is an item
     * of a list ("no pain scores, functional improvement or drug screening are documented").
     */
    private boolean listGoesOnAfter(int from) {
        for (int index = from; index < words.size(); index++) {
            if (semicolonStarts.get(index) || periodStarts.get(index)) {
                return false;
            }
            if (LIST_JOINERS.contains(words.get(index))) {
                return true;
            }
        }
        return false;
    }

    /** The chars of {@code text} that words {@code [from, to)} were read from. */
    private CharSpan charsOf(String text, int from, int to) {
        return CharSpan.ofWords(text, sourceWords[from], sourceWords[to - 1] + 1);
    }

    private Optional<WordSpan> cueAfter(int termStart, int termEnd, Collection<TermPhrase> cues) {
        int counted = 0;
        for (int index = termEnd; index < words.size() && counted < CUE_AFTER; index++) {
            int length = cueAt(index, cues);
            if (length > 0) {
                return Optional.of(new WordSpan(termStart, index + length));
            }
            if (NOT_SO.contains(words.get(index))) {
                return contrastedCue(index, cues).map(cueEnd -> new WordSpan(termStart, cueEnd));
            }
            if (!passedOver(index)) {
                counted++;
            }
        }
        return Optional.empty();
    }

    /**
     * The end of a cue that a result "not so" of a term, said of one side or site, contrasts with another's: "SLR is
     * negative on the right and positive on the left", "Tinel's negative at the elbow, positive at the wrist",
     * "McMurray negative laterally, positive medially". The result is followed, within a few words of its site, by
     * "and", "but" or a comma and then by the cue, with no more than sides and fillers between, and the cue by its own
     * site or the end of the clause; a cue that goes on to a term of its own ("SLR negative, positive Tinel's") or
     * stands after another term ("SLR negative, Tinel's positive") is not the term's. Empty when there is no such cue.
     */
    private Optional<Integer> contrastedCue(int resultAt, Collection<TermPhrase> cues) {
        if (!CONTRASTED_RESULTS.contains(words.get(resultAt))) {
            return Optional.empty();
        }
        for (int index = resultAt + 1; index < Math.min(words.size(), resultAt + 1 + RESULT_SITE_WORDS); index++) {
            if (semicolonStarts.get(index) || periodStarts.get(index)) {
                return Optional.empty();
            }
            boolean joinerWord = CONTRAST_JOINERS.contains(words.get(index));
            if (!joinerWord && !clauseStarts.get(index)) {
                if (NOT_SO.contains(words.get(index))) {
                    return Optional.empty();
                }
                continue;
            }
            int cueStart = joinerWord ? index + 1 : index;
            while (cueStart < words.size() && (SIDES.contains(words.get(cueStart))
                    || TermPhrase.isFiller(words.get(cueStart)) || COPULAS.contains(words.get(cueStart)))) {
                cueStart++;
            }
            int length = cueStart < words.size() ? cueAt(cueStart, cues) : 0;
            int cueEnd = cueStart + length;
            boolean ownsNoTerm = cueEnd >= words.size() || clauseStarts.get(cueEnd) || periodStarts.get(cueEnd)
                    || SIDES.contains(words.get(cueEnd)) || SITE_WORDS.contains(words.get(cueEnd));
            return length > 0 && ownsNoTerm ? Optional.of(cueEnd) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a concession opens at word {@code start}: "despite", "in spite of". */
    private boolean concedesAt(int start) {
        String word = words.get(start);
        return word.equals("despite") || word.equals("in") && start + 1 < words.size()
                && words.get(start + 1).equals("spite");
    }

    private Optional<WordSpan> cueBefore(int termStart, int termEnd, Collection<TermPhrase> cues) {
        // "with minimal relief" after the term says how a course helped, which does not deny a cue that it was given
        // ("12 sessions PT with minimal relief") but does one that it helped ("improved with PT, with minimal relief")
        boolean outcomeQualified = false;
        for (int index = termEnd; index < Math.min(words.size(), termEnd + CUE_AFTER); index++) {
            // an "and" goes on to a statement of its own, whose words do not qualify the term: "despite Percocet,
            // pain 8/10 and ADLs limited" (the limited ADLs leave the pain despite the drug standing)
            if (clauseStarts.get(index) || words.get(index).equals("and")) {
                break;
            }
            if (qualifiesAnOutcome(index)) {
                outcomeQualified = true;
                break;
            }
            if (NOT_SO.contains(words.get(index))) {
                return Optional.empty();
            }
        }
        int counted = 0;
        for (int index = termStart - 1; index >= 0; index--) {
            if (NOT_SO.contains(words.get(index))) {
                return Optional.empty();
            }
            int cueStart = cueEndingAt(index, cues);
            if (cueStart >= 0) {
                // a word that says a cue is not so qualifies it only in its clause: "SLR negative; failed PT"; a
                // concession ("despite") is no outcome to qualify: "walking is limited despite 8 sessions of therapy"
                boolean qualified = cueStart > 0 && !clauseStarts.get(cueStart)
                        && NOT_SO.contains(words.get(cueStart - 1)) && !concedesAt(cueStart);
                boolean outcomeDenied = outcomeQualified && saysItHelped(cueStart, index + 1);
                return qualified || outcomeDenied ? Optional.empty() : Optional.of(new WordSpan(cueStart, termEnd));
            }
            if (!passedOver(index)) {
                counted++;
            }
            // the short items of a list between the cue and its term do not count against its reach: "treatment
            // has included physical therapy, chiropractic care, acupuncture"; a semicolon or a period ends the list
            if (clauseStarts.get(index) && counted <= LIST_ITEM_WORDS) {
                if (semicolonStarts.get(index) || periodStarts.get(index)) {
                    return Optional.empty();
                }
                counted = 0;
            } else if (counted >= CUE_BEFORE && !(counted <= LIST_ITEM_WORDS && listItemStartsAt(index))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the word that says something is not so, or hardly, at {@code index} qualifies the outcome of what the
     * words before it name, not whether it was so: "with temporary relief", "with minimal improvement", "without
     * lasting benefit" after "12 sessions PT" say how the course helped, not that it was not given.
     */
    private boolean qualifiesAnOutcome(int index) {
        String word = words.get(index);
        if (!NOT_SO.contains(word) || !(word.equals("without") || index > 0 && words.get(index - 1).equals("with"))) {
            return false;
        }
        for (int next = index + 1; next < Math.min(words.size(), index + 3) && !clauseStarts.get(next); next++) {
            if (OUTCOMES.contains(words.get(next))) {
                return true;
            }
        }
        return false;
    }

    /** Whether words {@code [from, to)} say a treatment helped: "improved", "relief", "benefit". */
    private boolean saysItHelped(int from, int to) {
        for (int index = from; index < to; index++) {
            String word = words.get(index);
            if (OUTCOMES.contains(word) || HELPED.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only fillers stand between word {@code index} and the comma before it: "..., a lumbar injection". */
    private boolean listItemStartsAt(int index) {
        int start = index;
        while (start > 0 && !clauseStarts.get(start) && TermPhrase.isFiller(words.get(start - 1))) {
            start--;
        }
        return clauseStarts.get(start);
    }

    /**
     * Where a cue that ends at word {@code index} starts ("pain on palpation" ending at "palpation"), or -1 when none
     * does; a one-word cue starts where it ends.
     */
    private int cueEndingAt(int index, Collection<TermPhrase> cues) {
        int mostWords = cues instanceof IndexedPhrases indexed ? indexed.mostWords() : 0;
        for (TermPhrase cue : IndexedPhrases.startingInAny(cues, words, index - 2 * mostWords, index)) {
            for (int start = index; start >= Math.max(0, index - 2 * cue.words().size()); start--) {
                if (start + cue.matchLength(words, start) - 1 == index && !comparedWithAMeasure(index)) {
                    return start;
                }
            }
        }
        return -1;
    }

    private int cueAt(int index, Collection<TermPhrase> cues) {
        for (TermPhrase cue : IndexedPhrases.startingAt(cues, words, index)) {
            int length = cue.matchLength(words, index);
            if (length > 0 && !comparedWithAMeasure(index + length - 1)) {
                return length;
            }
        }
        return 0;
    }

    /**
     * Whether the comparative at word {@code index} is compared with a measure, not with before: "sit longer than 20
     * minutes", "walk further than a block" state a tolerance (which "cannot" or "difficulty" often limits), not a
     * change; "walks further than before" does.
     */
    private boolean comparedWithAMeasure(int index) {
        return COMPARATIVES.contains(words.get(index)) && index + 2 < words.size()
                && words.get(index + 1).equals("than") && !clauseStarts.get(index + 1)
                && (startsWithADigit(words.get(index + 2)) || MEASURE_AMOUNTS.contains(words.get(index + 2)));
    }

    private static boolean startsWithADigit(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /**
     * Whether a word between a term and its cue does not count against the cue's reach: an article or pronoun, a
     * number, a spinal level ("L4", "C5"), a side ("right", "bilateral"), a word of a duration ("six weeks of"), or a
     * word that joins the levels, sides or date of a list ("at right L4-5 and L5-S1 on 3/2/2015", "at C5-6 and C6-7").
     */
    private boolean passedOver(int index) {
        String word = words.get(index);
        return passedOver(word) || datesTheNext(index) || (SITE_JOINERS.contains(word) && index + 1 < words.size()
                && passedOver(words.get(index + 1)) && !TermPhrase.isFiller(words.get(index + 1))
                && !DURATION.contains(words.get(index + 1)));
    }

    /**
     * Whether word {@code index} introduces the date that follows it, part of the date between a study and its finding:
     * "electrodiagnostic studies dated 9/14/2016 showed moderate carpal tunnel syndrome".
     */
    private boolean datesTheNext(int index) {
        return DATING.contains(words.get(index)) && index + 1 < words.size()
                && words.get(index + 1).chars().allMatch(Character::isDigit);
    }

    private static boolean passedOver(String word) {
        return TermPhrase.isFiller(word) || DURATION.contains(word) || word.chars().allMatch(Character::isDigit)
                || SPINAL_LEVEL.matcher(word).matches() || SIDES.contains(word);
    }

    /** Words {@code [from, to)}. */
    private record WordSpan(int from, int to) {
    }

    private Optional<WordSpan> firstAffirmed(Collection<TermPhrase> phrases, boolean now, boolean objective) {
        for (int start = 0; start < words.size(); start++) {
            for (TermPhrase phrase : IndexedPhrases.startingAt(phrases, words, start)) {
                int length = phrase.matchLength(words, start);
                if (length > 0 && !negatedAt(start) && !negatedAfter(start + length)
                        && !(hedgedAt(start) && !hedgeOpens(start, start + length))
                        && !ofAnotherPerson(start) && !(objective && reportedAt(start))
                        && !(now && pastAt(start, start + length))) {
                    return Optional.of(new WordSpan(start, start + length));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the word before {@code start} is "non" ("non-radicular"), "unable" or "cannot" stands right before it
     * or before the first of alternatives joined by "or" whose next it is ("cannot sit longer than 20 minutes or walk
     * without a cane"), or a negation cue stands among the {@link #NEGATION_REACH} words before it, within its scope:
     * a word that turns the sentence ("no numbness but weakness") or a semicolon ("x-rays show no arthritis; a labral
     * tear is suspected") ends the scope, and a list joined by "or" carries it to its last item, past the commas
     * between its items ("no history of GI bleeding, ulcer or anticoagulant use"), while a clause after a comma that
     * says a result of its own ("no side effects, UDS consistent") or opens with a number ("9/10 w/o meds, 5/10 w/
     * Norco") ends it; the reason of a treatment the negation says was not taken lies outside it ("has not tried
     * gabapentin for his radiculopathy").
     */
    private boolean negatedAt(int start) {
        if (start > 0 && words.get(start - 1).equals(NEGATING_PREFIX)) {
            return true;
        }
        if (clauseStarts.get(start) && NEW_STATEMENTS.contains(words.get(start))) {
            return false;
        }
        int counted = 0;
        boolean inList = continuesAnOrList(start);
        int reasonAt = -1;
        boolean nextAlternative = start > 0 && words.get(start - 1).equals(OR);
        int reach = nextAlternative ? ALTERNATIVES_REACH : NEGATION_REACH;
        for (int index = start - 1; index >= 0 && counted < reach; index--) {
            if (semicolonStarts.get(index + 1)) {
                return false;
            }
            if (clauseStarts.get(index + 1) && (saysAResult(index + 1) || opensWithANumber(index + 1))) {
                return false;
            }
            String word = words.get(index);
            if (word.equals(REASON) && reasonAt < 0) {
                reasonAt = index;
            }
            if (POSTPOSED_NEGATIONS.contains(word) && clauseStarts.get(index + 1) && !clauseStarts.get(index)) {
                return false;
            }
            if ((NEGATION_CUES.contains(word) && counted < NEGATION_REACH) || (CLOSE_NEGATION_CUES.contains(word)
                    && (counted < CLOSE_NEGATION_REACH || (inList && nextAlternative)))) {
                return reasonAt < 0 || !anyBetween(index + 1, reasonAt, TREATMENT_TAKEN);
            }
            if (NEW_STATEMENTS.contains(word) && clauseStarts.get(index)) {
                return false;
            }
            if (NEGATION_ENDS.contains(word) && !(word.equals(YET) && negationBefore(index))) {
                return false;
            }
            if (LIST_JOINS.contains(word) && (NEW_SUBJECTS.contains(words.get(index + 1))
                    || NEW_PREDICATES.contains(words.get(index + 1)))) {
                return false;
            }
            if (LIST_JOINERS.contains(word) && counted <= LIST_ITEM_WORDS) {
                counted = 0;
                inList = true;
            } else if (!TermPhrase.isFiller(word) && !word.equals(OF) && !introducesExamples(index)
                    && !(inList && ITEM_PREPOSITIONS.contains(word))) {
                counted++;
            }
            if (inList && clauseStarts.get(index) && counted <= LIST_ITEM_WORDS) {
                counted = 0;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code index} introduces the examples of what is said before it ("including", "such as"),
     * which do not count against a negation's reach: "no red flags such as cauda equina, fracture, infection or tumor".
     */
    private boolean introducesExamples(int index) {
        String word = words.get(index);
        return word.equals("including")
                || (word.equals("such") && index + 1 < words.size() && words.get(index + 1).equals("as"))
                || (word.equals("as") && index > 0 && words.get(index - 1).equals("such"));
    }

    /**
     * Whether the words from {@code start} are an item of a list that goes on, in items of a few words each, to a word
     * joining its last item ({@link #LIST_JOINERS}): "fever" in "denies bowel or bladder incontinence, saddle
     * anesthesia, fever or weight loss" is an item of the denied list, as "weight loss" is.
     */
    private boolean continuesAnOrList(int start) {
        int wordsOfTheItem = 0;
        for (int index = start; index < words.size(); index++) {
            if (index > start && semicolonStarts.get(index)) {
                return false;
            }
            if (index > start && clauseStarts.get(index)) {
                wordsOfTheItem = 0;
            }
            String word = words.get(index);
            if (index > start && LIST_JOINERS.contains(word)) {
                return true;
            }
            if (index > start && (NEGATION_ENDS.contains(word) || NEW_SUBJECTS.contains(word))) {
                return false;
            }
            if (!TermPhrase.isFiller(word) && !word.equals(OF) && ++wordsOfTheItem > LIST_ITEM_WORDS) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the clause that opens at word {@code clause} opens with a number, a score or a measure of its own that a
     * negation before the comma does not reach: "pain 9/10 w/o meds, 5/10 w/ Norco" (not "no numbness, tingling").
     */
    private boolean opensWithANumber(int clause) {
        String word = words.get(clause);
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether the clause that opens at word {@code clause} says a result of what it names in its first words, before
     * any word that joins the items of a list ("numbness or positive Spurling's" is an item of the list before).
     */
    private boolean saysAResult(int clause) {
        for (int index = clause + 1; index < words.size() && index <= clause + WORDS_BEFORE_A_RESULT
                && !clauseStarts.get(index); index++) {
            String word = words.get(index);
            if (LIST_JOINS.contains(word)) {
                return false;
            }
            if (RESULTS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words denying the finding that ends before word {@code end} follow it in its clause, with nothing but
     * linking verbs between: "multiple sclerosis is not documented", "a fracture was ruled out" (not "weakness and
     * absent reflexes"); the noun that ends the finding's name may stand between ("cauda equina syndrome was ruled
     * out", "Babinski sign was absent").
     */
    private boolean negatedAfter(int end) {
        int index = end;
        if (index < words.size() && FINDING_HEAD_NOUNS.contains(words.get(index)) && !clauseStarts.get(index)) {
            index++;
        }
        while (index < words.size() && (LINKING_VERBS.contains(words.get(index))
                || TermPhrase.isFiller(words.get(index))) && !clauseStarts.get(index)) {
            index++;
        }
        if (index >= words.size() || clauseStarts.get(index)) {
            return false;
        }
        if (deniedAt(index)) {
            return true;
        }
        return deniedAfterAListedOne(index);
    }

    /** Whether words denying a finding start at {@code index}, a "been" after their "not" aside ("not been done"). */
    private boolean deniedAt(int index) {
        int after = index + 1;
        boolean notBeen = words.get(index).equals(NOT) && after < words.size() && words.get(after).equals(BEEN);
        for (List<String> denial : NEGATION_AFTER) {
            if (wordsAt(index, denial, words.size()) || (notBeen && denial.get(0).equals(NOT)
                    && wordsAt(after + 1, denial.subList(1, denial.size()), words.size()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the finding is the first of two joined by "and" or "or" that words denying them follow, with nothing but
     * linking verbs between: "depression and anxiety were ruled out", "numbness or tingling is denied" (not "weakness
     * and absent reflexes", whose denial is said of the second only).
     */
    private boolean deniedAfterAListedOne(int join) {
        if (!LIST_JOINS.contains(words.get(join)) || join + 2 >= words.size() || clauseStarts.get(join + 1)
                || deniedAt(join + 1)) {
            return false;
        }
        for (int index = join + 2; index < Math.min(words.size(), join + 2 + LIST_ITEM_WORDS); index++) {
            if (clauseStarts.get(index)) {
                return false;
            }
            int after = index;
            while (after < words.size() && LINKING_VERBS.contains(words.get(after)) && !clauseStarts.get(after)) {
                after++;
            }
            if (after < words.size() && !clauseStarts.get(after) && deniedAt(after)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code cues} is among words {@code [from, to)}. */
    private boolean anyBetween(int from, int to, Set<String> cues) {
        for (int index = from; index < to; index++) {
            if (cues.contains(words.get(index))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a negation cue stands right before word {@code index}: the "yet" of "not yet at MMI" is no turn of the
     * sentence ({@link #YET}).
     */
    private boolean negationBefore(int index) {
        return index > 0 && NEGATION_CUES.contains(words.get(index - 1));
    }

    /** Whether the finding at words {@code [start, end)} is placed in the past, by a word before it or after it. */
    private boolean pastAt(int start, int end) {
        return anyWithin(start, PAST_REACH, PAST_CUES, this::statesAnAge) || pastAfter(end);
    }

    /** Whether word {@code index} is the "old" of a worker's age ("a 60-year-old male", "45 years old"), no past. */
    private boolean statesAnAge(int index) {
        return words.get(index).equals("old") && index > 0 && AGE_UNITS.contains(words.get(index - 1));
    }

    private boolean pastAfter(int end) {
        for (int index = end; index < Math.min(words.size(), end + PAST_AFTER_REACH); index++) {
            if (clauseStarts.get(index) && !RELATIVE_PRONOUNS.contains(words.get(index))) {
                return false;
            }
            if (PAST_AFTER_CUES.contains(words.get(index))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the cues stands among the {@code reach} words before {@code start}, articles and pronouns aside
     * ("no evidence that the injured worker has arthritis" as "no evidence that the patient has arthritis").
     */
    private boolean anyWithin(int start, int reach, Set<String> cues) {
        return anyWithin(start, reach, cues, index -> false);
    }

    /** As {@link #anyWithin(int, int, Set)}, a cue that {@code notACue} says is no cue where it stands aside. */
    private boolean anyWithin(int start, int reach, Set<String> cues, IntPredicate notACue) {
        int counted = 0;
        for (int index = start - 1; index >= 0 && counted < reach; index--) {
            if (cues.contains(words.get(index)) && !notACue.test(index)) {
                return true;
            }
            if (!TermPhrase.isFiller(words.get(index))) {
                counted++;
            }
        }
        return false;
    }

    /**
     * Whether a word for another person than the worker stands among the {@link #OTHER_PERSON_REACH} words before
     * {@code start}, in its clause, with no subject of the worker's own nor a joining "and" between.
     */
    private boolean ofAnotherPerson(int start) {
        int counted = 0;
        for (int index = start - 1; index >= 0 && counted < OTHER_PERSON_REACH; index--) {
            String word = words.get(index);
            if (OTHER_PERSONS.contains(word) || (word.equals("history") && index > 0
                    && words.get(index - 1).equals("family"))) {
                return true;
            }
            if (clauseStarts.get(index) || NEW_SUBJECTS.contains(word)
                    || (word.equals("and") && JOINED_VERBS.contains(words.get(index + 1)))) {
                return false;
            }
            if (!TermPhrase.isFiller(word)) {
                counted++;
            }
        }
        return false;
    }

    /**
     * Whether the worker is said to report the finding at {@code start}: a word of the worker's report ("reports",
     * "complains", "states", "subjective") stands among the {@link #NEGATION_REACH} words before it, in its clause,
     * with no word of the examination between ("reports leg pain and on examination there is decreased sensation").
     */
    private boolean reportedAt(int start) {
        int counted = 0;
        for (int index = start - 1; index >= 0 && counted < NEGATION_REACH; index--) {
            if (clauseStarts.get(index + 1) || periodStarts.get(index + 1)) {
                return false;
            }
            String word = words.get(index);
            if (EXAMINATION_WORDS.contains(word)) {
                return false;
            }
            if (REPORT_WORDS.contains(word)) {
                return !saidByPhysician(index);
            }
            if (!TermPhrase.isFiller(word)) {
                counted++;
            }
        }
        return false;
    }

    /** Whether a word for a physician or a record stands among the few words before the report at {@code index}. */
    private boolean saidByPhysician(int index) {
        for (int before = index - 1; before >= Math.max(0, index - 4); before--) {
            if (clauseStarts.get(before + 1) || periodStarts.get(before + 1)) {
                return false;
            }
            if (PHYSICIAN_WORDS.contains(words.get(before))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase of words {@code [start, end)} opens with a hedge of its own ("possible surgery" of a plan to
     * consider surgery): it says what it says whatever hedge goes before it ("MRI to evaluate for a disc herniation and
     * possible surgery").
     */
    private boolean hedgeOpens(int start, int end) {
        return HEDGE_CUES.stream().anyMatch(cue -> wordsAt(start, cue, end));
    }

    private boolean hedgedAt(int start) {
        int semicolonClause = semicolonStarts.previousSetBit(start);
        for (int index = Math.max(Math.max(0, start - NEGATION_REACH), semicolonClause); index < start; index++) {
            for (List<String> cue : HEDGE_CUES) {
                if (wordsAt(index, cue, start)) {
                    return true;
                }
            }
            int nextClause = clauseStarts.nextSetBit(index + 1);
            if (words.get(index).equals(CONDITION) && (nextClause < 0 || nextClause > start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from {@code index} are {@code phrase}, ending before word {@code limit}. */
    private boolean wordsAt(int index, List<String> phrase, int limit) {
        if (index + phrase.size() > limit) {
            return false;
        }
        for (int offset = 0; offset < phrase.size(); offset++) {
            if (!words.get(index + offset).equals(phrase.get(offset))) {
                return false;
            }
        }
        return true;
    }
}
