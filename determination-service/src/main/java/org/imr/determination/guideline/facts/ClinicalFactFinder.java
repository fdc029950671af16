package org.imr.determination.guideline.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imr.determination.guideline.knowledge.ClinicalFactDefinition;
import org.imr.determination.guideline.knowledge.CuePlace;
import org.imr.determination.guideline.knowledge.TermsWithCues;
import org.imr.determination.guideline.text.CharSpan;
import org.imr.determination.guideline.text.CompletedVisits;
import org.imr.determination.guideline.text.IndexedPhrases;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.TermPhrase;
import org.imr.determination.guideline.text.WorkerAge;
import org.imr.determination.guideline.vocabulary.ConceptKind;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * Finds the clinical facts of the knowledge base in a case file's text: a fact is found in the first piece of text
 * that affirms one of its phrases (a phrase shortly after "no", "not", "without", "denies" or "negative" does not
 * count, nor one the physician asks about: "to rule out", "possible"; nor, for a current finding, one placed in the
 * past: "history of"), unless the piece names one of the fact's other subjects (a sentence about the request is not
 * about a course already given) or, for a finding of a body region, names only regions the request does not concern.
 * A fact stated by the dates is found from the age of the injury at the request; an event of a date (a recent
 * surgery) only where a date near its phrase falls shortly before the request. A term with its cue near it, in either
 * order, states a fact too ("positive Spurling's", "Spurling's test was positive"). Immutable and thread-safe.
 */
public final class ClinicalFactFinder {

    private record TermsAndCues(List<TermPhrase> terms, List<TermPhrase> cues, boolean local, int termsNeeded,
            CuePlace cuesStand, List<TermPhrase> plans) {

        /**
         * The terms and cues to read; cues still to be followed by the names of concepts (a definition read without
         * the vocabulary) are none, so that "without" alone is no cue.
         */
        static TermsAndCues of(TermsWithCues words) {
            List<TermPhrase> cues = words.cuesBeforeConcepts().isEmpty() ? phrases(words.cues()) : List.of();
            return new TermsAndCues(phrases(words.terms()), cues, words.isLocal(), words.termsNeeded(),
                    words.cuesStand(), phrases(words.toldAfterNotInSentencesWith()));
        }

        /** Whether the piece names its terms as a plan, not a course given (for cues told after them). */
        boolean namesAPlan(CaseText.Piece piece) {
            return !plans.isEmpty() && piece.words().containsAny(plans);
        }

        /** The words stating the fact in the piece: a term with its cue, or as many different terms as needed. */
        Optional<CharSpan> statedIn(CaseText.Piece piece, boolean now, boolean objective) {
            if (cuesStand == CuePlace.TOLD_AFTER) {
                return namesAPlan(piece) ? Optional.empty()
                        : piece.words().firstTermThenCueIn(piece.text(), terms, cues, now);
            }
            if (cuesStand == CuePlace.IN_SENTENCE) {
                return piece.words().firstAffirmedIn(piece.text(), cues, now, objective).isPresent()
                        ? piece.words().firstAffirmedIn(piece.text(), terms, now, objective)
                        : Optional.empty();
            }
            boolean cuesOnlyAfter = cuesStand == CuePlace.AFTER_TERM;
            if (termsNeeded == 1) {
                return piece.words().firstTermWithCueIn(piece.text(), terms, cues, now, objective, cuesOnlyAfter);
            }
            Optional<CharSpan> first = Optional.empty();
            int stated = 0;
            for (TermPhrase term : terms) {
                Optional<CharSpan> words = piece.words().firstTermWithCueIn(piece.text(), List.of(term), cues, now,
                        objective, cuesOnlyAfter);
                if (words.isPresent()) {
                    stated++;
                    first = first.isPresent() ? first : words;
                }
            }
            return stated >= termsNeeded ? first : Optional.empty();
        }
    }

    private record Definition(ClinicalFactDefinition fact, List<TermPhrase> phrases, List<TermsAndCues> termsWithCues,
            List<TermPhrase> otherSubjects, List<List<TermPhrase>> namesOfEachDrug, List<TermPhrase> exceptFormNames,
            List<TermPhrase> localPhrases, List<TermPhrase> clauseSubjects, List<TermPhrase> laterClauseSubjects,
            Definition forExceptedRegions, ClausesKept clausesKept) {

        /**
         * The definition to read the text with for the request: without the words that do not state the fact for a
         * request of the regions the fact excepts, when every region requested is one of them or lies in one.
         */
        Definition forRequest(CaseText text) {
            return forExceptedRegions != null && text.requestedSites().allLieIn(fact.notForRequestsOf().regions())
                    ? forExceptedRegions
                    : this;
        }

        /** The words of the piece that state the fact: one of its phrases, else one of its terms with its cue. */
        Optional<CharSpan> statedIn(CaseText.Piece piece) {
            Optional<CharSpan> words = piece.words().firstAffirmedIn(piece.text(), phrases, fact.isCurrent(),
                    fact.isObjective());
            return words.isPresent() ? words : termWithCueIn(piece, false);
        }

        private Optional<CharSpan> termWithCueIn(CaseText.Piece piece, boolean local) {
            for (TermsAndCues pair : termsWithCues) {
                if (pair.local() != local) {
                    continue;
                }
                Optional<CharSpan> words = pair.statedIn(piece, fact.isCurrent(), fact.isObjective());
                if (words.isPresent()) {
                    return words;
                }
            }
            return Optional.empty();
        }

        /**
         * The words of the piece that state the fact as the outcome of a course the piece before it names (terms whose
         * cues are told after them): "She underwent a course of PT in 2016. Her leg pain is unchanged."; empty when
         * there is no piece before, it names none of the terms affirmed, or it names them as a plan ("Plan: PT 2x6.
         * Pain persists at 7/10 today.").
         */
        Optional<CharSpan> toldAfterTheCourseBefore(CaseText.Piece before, CaseText.Piece piece) {
            if (before == null) {
                return Optional.empty();
            }
            for (TermsAndCues pair : termsWithCues) {
                if (pair.cuesStand() == CuePlace.TOLD_AFTER && !pair.local() && !pair.namesAPlan(before)
                        && before.words().firstAffirmedIn(before.text(), pair.terms(), fact.isCurrent()).isPresent()) {
                    Optional<CharSpan> cue = piece.words().firstAffirmedIn(piece.text(), pair.cues(),
                            fact.isCurrent());
                    if (cue.isPresent()) {
                        return cue;
                    }
                }
            }
            return Optional.empty();
        }

        /** The words of the piece that state the fact only of the requested region itself. */
        Optional<CharSpan> statedLocallyIn(CaseText.Piece piece) {
            Optional<CharSpan> words = localPhrases.isEmpty() ? Optional.empty()
                    : piece.words().firstAffirmedIn(piece.text(), localPhrases, fact.isCurrent(), fact.isObjective());
            return words.isPresent() ? words : termWithCueIn(piece, true);
        }
    }

    /**
     * How long before the request a structural lesion dated near its words is past rather than current: "the ankle was
     * fractured in 2015" is no fracture of a request of 2017.
     */
    private static final int LESION_PAST_AFTER_DAYS = 365;

    /**
     * The part of a piece, between semicolons, that holds the words: "noted decreased sensation at L5 in 2012; today
     * sensation intact" places no sign of 2012 in the present.
     */
    private static String partAround(String text, CharSpan words) {
        int start = text.lastIndexOf(';', Math.max(words.start() - 1, 0)) + 1;
        int end = text.indexOf(';', words.end());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /**
     * Words that place a sign of the examination in the present whatever date its part of the piece states: "status
     * post a laminectomy in 2014 with residual decreased sensation on today's examination".
     */
    private static final Pattern PRESENT = Pattern.compile(
            "\\b(?:today|today's|currently|current|now|residual|persistent|persists|still|remains)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A clause of a piece: the text between commas or semicolons, an entry of a list of medications. */
    private static final Pattern CLAUSE = Pattern.compile("[^,;]+");

    /** A word as written, letters only: "hasn" and "t" of "hasn't". */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /**
     * What ends a clause of a sentence: a comma, a semicolon or a colon, a word joining two clauses, or one that starts
     * a phrase of its own ("takes Norco daily under an opioid agreement"); "only while" ("ADLs only while taking it")
     * joins no clause.
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;:]|\\b(?:and|but|(?<!only\\s)while|whereas|under|per)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Definition> byId;
    /** The vocabulary, to tell the drugs a piece names; null for a finder without it. */
    private final Vocabulary vocabulary;

    /** A finder of facts without the vocabulary: a fact stated by two drugs of a class is never found. */
    public ClinicalFactFinder(List<ClinicalFactDefinition> facts) {
        this(facts, null);
    }

    /** @param vocabulary the names of each drug of a class, for the facts two drugs of a class state; may be null */
    public ClinicalFactFinder(List<ClinicalFactDefinition> facts, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.byId = facts.stream()
                .map(fact -> definition(fact, vocabulary,
                        fact.notForRequestsOf() == null ? null
                                : definition(fact.withoutWordsNotForRequests(), vocabulary, null)))
                .collect(Collectors.toUnmodifiableMap(d -> d.fact().id(), Function.identity()));
    }

    private static Definition definition(ClinicalFactDefinition fact, Vocabulary vocabulary,
            Definition forExceptedRegions) {
        return new Definition(fact, phrases(fact.phrases()),
                fact.termsWithCues().stream().map(TermsAndCues::of).toList(),
                phrases(fact.notInSentencesWith()), namesOfEachDrug(fact, vocabulary),
                fact.statedByTwoDrugs() && vocabulary != null
                        ? phrases(vocabulary.namesOf(fact.twoDrugsOf().exceptForm()))
                        : List.of(), phrases(fact.localPhrases()), phrases(fact.notInClausesWith()),
                phrases(fact.notFromClausesWith()), forExceptedRegions, ClausesKept.of(fact, vocabulary));
    }

    private static List<List<TermPhrase>> namesOfEachDrug(ClinicalFactDefinition fact, Vocabulary vocabulary) {
        if (!fact.statedByTwoDrugs() || vocabulary == null) {
            return List.of();
        }
        return vocabulary.drugsOf(fact.twoDrugsOf().drugClass()).values().stream().map(ClinicalFactFinder::phrases)
                .toList();
    }

    /** The words as phrases, indexed so that a text is read for them quickly. */
    private static List<TermPhrase> phrases(List<String> words) {
        return IndexedPhrases.ofTerms(words);
    }

    /**
     * The fact if the text states it and states none of the facts that undo it ({@code notWhenAnyOf}); a fact id the
     * knowledge base does not define is never found.
     */
    public Optional<FoundFact> find(String factId, CaseText text) {
        Definition definition = byId.get(factId);
        if (definition == null) {
            return Optional.empty();
        }
        return stated(definition, text)
                .filter(found -> definition.fact().notWhenAnyOf().stream().noneMatch(id -> find(id, text).isPresent()));
    }

    private Optional<FoundFact> stated(Definition general, CaseText text) {
        Definition definition = general.forRequest(text);
        String factId = definition.fact().id();
        ClinicalFactDefinition fact = definition.fact();
        if (fact.statedByInjuryAge()) {
            return byInjuryAge(fact, text);
        }
        if (fact.statedByWorkerAge()) {
            return byWorkerAge(fact, text);
        }
        CaseText.Piece before = null;
        for (CaseText.Piece piece : text.pieces()) {
            Optional<CharSpan> words = stating(definition, before, piece, text);
            before = piece;
            if (words.isPresent()) {
                return Optional.of(new FoundFact(factId, fact.name(), piece.where(), piece.locate(words.get())));
            }
        }
        if (inAGastroprotectiveCombination(fact, text)) {
            return Optional.of(FoundFact.outsideTheText(factId, fact.name(),
                    "the requested product itself, " + text.request().item().description()));
        }
        // only a fact that two drugs state splits the pieces into clauses: every other fact not found would pay for it
        return definition.namesOfEachDrug().isEmpty() ? Optional.empty() : byTwoDrugs(definition, text);
    }

    /**
     * The fact stated by two different drugs of its class, each named (and affirmed) in a piece that states no other
     * subject, in a clause (between commas or semicolons: an entry of a list of medications) that names no form the
     * fact leaves aside; located where the second is named.
     */
    private static Optional<FoundFact> byTwoDrugs(Definition definition, CaseText text) {
        Set<Integer> named = new HashSet<>();
        for (CaseText.Piece piece : text.pieces()) {
            if (piece.words().containsAny(definition.otherSubjects())) {
                continue;
            }
            Matcher clause = CLAUSE.matcher(piece.text());
            while (clause.find()) {
                NormalizedText words = NormalizedText.of(clause.group());
                if (words.containsAny(definition.exceptFormNames())) {
                    continue;
                }
                for (int drug = 0; drug < definition.namesOfEachDrug().size(); drug++) {
                    Optional<CharSpan> name = words.firstAffirmedIn(clause.group(),
                            definition.namesOfEachDrug().get(drug), definition.fact().isCurrent());
                    if (name.isPresent() && named.add(drug) && named.size() == 2) {
                        ClinicalFactDefinition fact = definition.fact();
                        return Optional.of(new FoundFact(fact.id(), fact.name(), piece.where(),
                                piece.locate(name.get().shiftedBy(clause.start()))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For every piece of the text that states the fact, in order, the piece with all but the clause between semicolons
     * that holds the words stating it blanked out ("12 PT visits to the low back" of "12 PT visits to the low back;
     * none to the neck"); none for a fact stated by the dates or undefined.
     */
    public List<CaseText.Piece> clausesStating(String factId, CaseText text) {
        return eachPieceStating(factId, text, (piece, words) -> {
            String pieceText = piece.text();
            int start = pieceText.lastIndexOf(';', Math.max(0, words.start() - 1)) + 1;
            int end = pieceText.indexOf(';', words.start());
            end = end < 0 ? pieceText.length() : end;
            return piece.blankedTo(" ".repeat(start) + pieceText.substring(start, end)
                    + " ".repeat(pieceText.length() - end));
        });
    }

    /** Every piece of the text that states the fact, in order; none for a fact stated by the dates or undefined. */
    public List<CaseText.Piece> piecesStating(String factId, CaseText text) {
        return eachPieceStating(factId, text, (piece, words) -> piece);
    }

    /**
     * The words of each piece that state the fact, with the piece, in order; none for a fact stated by the dates or
     * undefined.
     */
    public List<Map.Entry<CaseText.Piece, CharSpan>> wordsStating(String factId, CaseText text) {
        return eachPieceStating(factId, text, Map::entry);
    }

    /** What {@code kept} makes of each piece that states the fact and the words stating it, in order. */
    private <T> List<T> eachPieceStating(String factId, CaseText text, BiFunction<CaseText.Piece, CharSpan, T> kept) {
        Definition general = byId.get(factId);
        if (general == null || general.fact().statedByInjuryAge()) {
            return List.of();
        }
        Definition definition = general.forRequest(text);
        List<T> stating = new ArrayList<>();
        CaseText.Piece before = null;
        for (CaseText.Piece piece : text.pieces()) {
            Optional<CharSpan> words = stating(definition, before, piece, text);
            if (words.isPresent()) {
                stating.add(kept.apply(piece, words.get()));
            }
            before = piece;
        }
        return stating;
    }

    /**
     * The words of the piece that state the fact, in context; empty when the piece does not state it. A fact of the
     * requested service is stated too in a piece that goes on about the service the piece {@code before} it names,
     * unless that piece speaks of something else than the fact (the review that denied the request: "... denied a
     * request for MRI of the cervical spine. Objective findings were notable for ..." reports no MRI done).
     */
    private Optional<CharSpan> stating(Definition definition, CaseText.Piece before, CaseText.Piece given,
            CaseText text) {
        ClinicalFactDefinition fact = definition.fact();
        CaseText.Piece sentence = given;
        if (sentence.words().containsAny(definition.otherSubjects())) {
            sentence = withoutTheCourseAuthorized(given);
            if (sentence == given || sentence.words().containsAny(definition.otherSubjects())) {
                return Optional.empty();
            }
        }
        CaseText.Piece piece = withoutClausesNaming(beforeClausesNaming(sentence, definition.laterClauseSubjects()),
                definition.clauseSubjects(), fact.namedByConcepts().isEmpty() ? List.of() : definition.phrases(),
                definition.clausesKept());
        Optional<CharSpan> words = statedOutsideTheReferral(definition, piece, text)
                .or(() -> before == null || before.words().containsAny(definition.otherSubjects()) ? Optional.empty()
                        : definition.toldAfterTheCourseBefore(before, piece)
                                .filter(found -> !fact.isRegional() || text.concernsRequest(piece, found)));
        if (words.isPresent()
                && (!fact.isOfTheRequestedService() || text.namesRequestedService(piece)
                        || (text.continuesRequestedService(before, piece, words.get())
                                && !before.words().containsAny(definition.otherSubjects())))
                && (!fact.isDated() || text.datedShortlyBeforeRequest(piece, words.get(),
                        fact.datedWithinDaysBeforeRequest()))
                && !(fact.lapsesWhenDatedLongBefore() && text.datedLongBeforeRequest(piece, words.get(),
                        fact.notWhenDatedOverDaysBeforeRequest())
                        && !(fact.isObjective() && PRESENT.matcher(partAround(piece.text(), words.get())).find()))
                && !(fact.ofDrugClass() != null && namesOnlyOtherDrugs(piece.text(), Set.of(fact.ofDrugClass())))
                && !(fact.isOfTheRequestedDrug() && !text.request().drugs().isEmpty()
                        && namesOnlyOtherDrugs(piece.text(), drugsAndClasses(text.request().concepts())))) {
            return words;
        }
        return Optional.empty();
    }

    /**
     * The piece with the words that size a course authorized, after the visits given of it, blanked ("attended 8 of 12
     * authorized PT visits" read as "attended 8 PT visits"): such a sentence tells of the course given, not of the
     * request or its review (MTUS Chronic Pain, Physical Medicine: the visits of the course given count); the piece
     * itself when it has none.
     */
    private static CaseText.Piece withoutTheCourseAuthorized(CaseText.Piece piece) {
        String read = CompletedVisits.withoutTheCourseAuthorized(piece.text());
        return read.equals(piece.text()) ? piece : piece.blankedTo(read);
    }

    /**
     * Words that say what a clause names has been attained, not still sought: "she has met her goal of walking 30
     * minutes", "functional goal of return to modified duty reached" state a gain (MTUS 9792.20(f), functional
     * improvement), where "goal: walk 30 minutes" states a wish.
     */
    private static final List<TermPhrase> ATTAINED = phrases(List.of("met", "achieved", "reached", "attained",
            "accomplished"));

    /**
     * The piece up to the first of its clauses between semicolons that names one of {@code words} and does not say
     * it attained ({@link #ATTAINED}, not negated), the rest blanked out, so that words found keep their place; the
     * piece itself when it names none.
     */
    static CaseText.Piece beforeClausesNaming(CaseText.Piece piece, List<TermPhrase> words) {
        if (words.isEmpty() || !piece.words().containsAny(words)) {
            return piece;
        }
        String text = piece.text();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(';', start);
            end = end < 0 ? text.length() : end;
            NormalizedText clause = NormalizedText.of(text.substring(start, end));
            if (clause.containsAny(words) && !clause.affirmsAny(ATTAINED)) {
                String kept = text.substring(0, start) + " ".repeat(text.length() - start);
                return piece.blankedTo(kept);
            }
            start = end + 1;
        }
        return piece;
    }

    /**
     * The piece with each clause that names one of {@code words} blanked out, so that only its other clauses may state
     * a fact; the blanks keep the length, so that words found keep their place. The piece itself when it names none.
     */
    static CaseText.Piece withoutClausesNaming(CaseText.Piece piece, List<TermPhrase> words) {
        return withoutClausesNaming(piece, words, List.of());
    }

    /**
     * As {@link #withoutClausesNaming(CaseText.Piece, List)}, for a fact of a drug named by {@code named}: a clause
     * that says a drug was stopped in the past ({@link DrugStops#stoppedInThePast}) is blanked too, and one that opens
     * with a stop ({@link DrugStops#opensWithAStop}) and names none of {@code named} itself blanks the clause before it
     * too.
     */
    static CaseText.Piece withoutClausesNaming(CaseText.Piece piece, List<TermPhrase> words, List<TermPhrase> named) {
        return withoutClausesNaming(piece, words, named, ClausesKept.NONE);
    }

    /**
     * As {@link #withoutClausesNaming(CaseText.Piece, List, List)}, a clause that {@code keptBy} keeps not blanked
     * for naming one of {@code words}: "able to perform her ADLs only with it" says what the medication makes
     * possible, where "only able to walk 10 minutes" sets a limit.
     */
    static CaseText.Piece withoutClausesNaming(CaseText.Piece piece, List<TermPhrase> words, List<TermPhrase> named,
            ClausesKept keptBy) {
        if (words.isEmpty() || !piece.words().containsAny(words) && (named.isEmpty()
                || !DrugStops.namesAStop(piece.words()))) {
            return piece;
        }
        String text = piece.text();
        StringBuilder kept = new StringBuilder(text);
        Matcher breaks = CLAUSE_BREAK.matcher(text);
        int start = 0;
        int previous = 0;
        boolean more = true;
        while (more) {
            more = breaks.find();
            int end = more ? breaks.start() : text.length();
            NormalizedText clause = NormalizedText.of(text.substring(start, end));
            boolean stoppedBefore = !named.isEmpty() && DrugStops.stoppedInThePast(clause);
            if (clause.containsAny(words) && !keptBy.keep(clause) || stoppedBefore) {
                boolean ofTheClauseBefore = !named.isEmpty() && DrugStops.opensWithAStop(clause)
                        && !clause.containsAny(named);
                blankKeepingNegations(kept, text, ofTheClauseBefore ? previous : start, end);
            }
            previous = start;
            start = more ? breaks.end() : end;
        }
        String left = kept.toString();
        return piece.blankedTo(left);
    }

    /**
     * Blanks the chars from {@code start} to {@code end}, keeping in place the words of negation among them ({@link
     * NormalizedText#isNegationCue}): a clause left out still denies what the clauses after it list, as "no history of
     * trauma" does the fever in "no history of trauma, cancer, fever or weight loss".
     */
    private static void blankKeepingNegations(StringBuilder kept, String text, int start, int end) {
        Matcher word = WORD.matcher(text).region(start, end);
        int blankFrom = start;
        while (word.find()) {
            if (NormalizedText.isNegationCue(word.group())) {
                blank(kept, blankFrom, word.start());
                blankFrom = word.end();
            }
        }
        blank(kept, blankFrom, end);
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int at = from; at < to; at++) {
            text.setCharAt(at, ' ');
        }
    }

    /**
     * The words of the piece that state the fact, regional and local, in context, other than words that name the
     * consultation requested: a referral is not its own reason (MTUS General Approaches, Cornerstones of Disability
     * Prevention and Management, p. 92: a referral when the diagnosis is uncertain or complex, or the plan of care
     * may benefit from additional expertise), so "surgical consult to discuss options" states no surgery considered
     * for a request of a surgical consultation; the piece is read on after such words.
     */
    private static Optional<CharSpan> statedOutsideTheReferral(Definition definition, CaseText.Piece piece,
            CaseText text) {
        ClinicalFactDefinition fact = definition.fact();
        Optional<CharSpan> words = definition.statedIn(piece)
                .filter(found -> !fact.isRegional() || text.concernsRequest(piece, found))
                .or(() -> definition.statedLocallyIn(piece).filter(found -> text.concernsRequestedRegion(piece, found)
                        && !(fact.isCurrent() && text.datedLongBeforeRequest(piece, found, LESION_PAST_AFTER_DAYS))));
        if (words.isPresent() && text.namesRequestedReferral(piece, words.get())) {
            int end = words.get().end();
            return statedOutsideTheReferral(definition, piece.after(end), text).map(found -> found.shiftedBy(end));
        }
        return words;
    }

    /**
     * Whether the text names a drug, and none of {@code drugsOrClasses} by a drug or a class: a response it states is
     * to another drug.
     */
    private boolean namesOnlyOtherDrugs(String text, Set<String> drugsOrClasses) {
        if (vocabulary == null) {
            return false;
        }
        Set<String> named = vocabulary.conceptsIn(text);
        return named.stream().anyMatch(id -> vocabulary.isOfKind(id, ConceptKind.DRUG))
                && Collections.disjoint(drugsAndClasses(named), drugsOrClasses);
    }

    /** The drugs and drug classes among the concepts. */
    private Set<String> drugsAndClasses(Set<String> concepts) {
        if (vocabulary == null) {
            return Set.of();
        }
        Set<String> drugs = new HashSet<>();
        for (String id : concepts) {
            if (vocabulary.isOfKind(id, ConceptKind.DRUG) || vocabulary.isOfKind(id, ConceptKind.DRUG_CLASS)) {
                drugs.add(id);
            }
        }
        return drugs;
    }

    /**
     * The drug classes given with an NSAID in one product to protect the stomach from it (Vimovo: naproxen with
     * esomeprazole; Duexis: ibuprofen with famotidine): MTUS Chronic Pain, NSAIDs, GI symptoms & cardiovascular risk.
     */
    private static final Set<String> GASTROPROTECTIVE = Set.of("proton-pump-inhibitor", "h2-blocker");

    /**
     * Whether the requested product itself is a drug of the fact's classes combined with a gastroprotective drug: the
     * use of the NSAID is implied by the request of the combination, which the records need not name again.
     */
    private static boolean inAGastroprotectiveCombination(ClinicalFactDefinition fact, CaseText text) {
        Set<String> classes = text.request().drugClasses();
        return !fact.namedByConcepts().isEmpty() && fact.namedByConcepts().stream().anyMatch(classes::contains)
                && classes.stream().anyMatch(GASTROPROTECTIVE::contains)
                && fact.namedByConcepts().stream().noneMatch(GASTROPROTECTIVE::contains);
    }

    /** The fact stated by the first age of the worker the text states, when it is above the fact's. */
    private static Optional<FoundFact> byWorkerAge(ClinicalFactDefinition fact, CaseText text) {
        for (CaseText.Piece piece : text.pieces()) {
            Optional<WorkerAge> age = WorkerAge.in(piece.text());
            if (age.isPresent()) {
                return age.get().years() > fact.workerOlderThanYears()
                        ? Optional.of(new FoundFact(fact.id(), fact.name(), piece.where(),
                                piece.locate(age.get().words())))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<FoundFact> byInjuryAge(ClinicalFactDefinition fact, CaseText text) {
        if (text.injuryAgeDays().isEmpty()) {
            return Optional.empty();
        }
        long days = text.injuryAgeDays().getAsLong();
        boolean oldEnough = fact.injuryAtLeastDays() == null || days >= fact.injuryAtLeastDays();
        boolean youngEnough = fact.injuryUnderDays() == null || days < fact.injuryUnderDays();
        return oldEnough && youngEnough
                ? Optional.of(FoundFact.outsideTheText(fact.id(), fact.name(),
                        "date of injury, " + days + " days before the request"))
                : Optional.empty();
    }

    /** The facts of {@code factIds} the text states, in the given order. */
    public List<FoundFact> findAll(List<String> factIds, CaseText text) {
        List<FoundFact> found = new ArrayList<>();
        for (String id : factIds) {
            find(id, text).ifPresent(found::add);
        }
        return found;
    }

    /** How rationales name a fact. */
    public String nameOf(String factId) {
        Definition definition = byId.get(factId);
        return definition == null ? factId : definition.fact().name();
    }
}
