package org.imr.determination.guideline.knowledge;

import java.util.List;
import java.util.function.Function;

/**
 * A clinical fact the rules read from the case file, e.g. a documented neurological deficit, and the phrases that
 * state it. A phrase counts only where the text affirms it: not negated ("no radiculopathy"), not hedged as the
 * physician's question rather than a finding ("to rule out a fracture", "possible tear").
 *
 * @param id      stable identifier the rules refer to, e.g. "NEUROLOGICAL_DEFICIT"
 * @param name    how a rationale names the fact, e.g. "a neurological deficit on examination"
 * @param phrases the words that state the fact; may be empty for a fact stated by the dates alone
 * @param notInSentencesWith words that make a sentence speak of something else than the fact, e.g. of the request
 *                or the utilization review rather than of a course already given; such a sentence does not state it
 * @param regional a finding of a body region: a sentence that names only regions the request does not concern
 *                 (neither the same region, one lying in the other, nor a limb and the spine that supplies it) does
 *                 not state it for that request
 * @param current  a finding now: a phrase shortly after a word placing it in the past ("history of a fracture",
 *                 "a healed fracture") does not count
 * @param injuryAtLeastDays stated by the dates when the injury is at least this many days old at the request
 *                 (e.g. the "three or four-week period of conservative care and observation" of the special studies)
 * @param injuryUnderDays stated by the dates when the injury is younger than this at the request (an acute or
 *                 subacute injury; chronic pain is pain of three months or more)
 * @param ofTheRequestedService said of the service requested itself: a phrase counts only in a piece that names the
 *                 requested kind of service (its modality, or its family when the piece names no modality) and only
 *                 for a request that is not retrospective (a study already done with its results, against a request
 *                 to do it again)
 * @param namedByConcepts concepts of the vocabulary whose every name states the fact too, e.g. "nsaid": any drug
 *                 of the class by its generic or brand name, so that the fact lists no drug names of its own
 * @param datedWithinDaysBeforeRequest an event of a date: a phrase counts only with a date stated near it that is no
 *                 more than this many days before the request, and not after it (a surgery within the post-surgical
 *                 physical medicine period); a case file whose request date is not known never states it
 * @param termsWithCues words that state the fact with a cue near them in either order: an examination sign reported
 *                 positive ("positive Spurling's", "Spurling's test was positive"), so that the fact does not list each
 *                 wording of each sign
 * @param twoDrugsOf two different drugs of a class, each named in a piece that states no other subject, state the
 *                 fact too: concurrent use of two NSAIDs
 * @param workerOlderThanYears stated by the worker's age when the records state one above this many years (the MTUS's
 *                 "age > 65 years", a risk factor for gastrointestinal events)
 * @param localPhrases words that state a regional fact only of the requested region itself, one lying in the other
 *                 counting: a structural lesion (a fracture, an infection, a tumor) is where it is, while a sign of a
 *                 limb may come from the spine that supplies it ("an infection of the knee" is no red flag of the low
 *                 back; "a foot drop" is)
 * @param notWhenAnyOf facts whose being documented means this one does not hold: a study already done does not count
 *                 against a repeat when the symptoms or findings have changed significantly since
 * @param notWhenDatedOverDaysBeforeRequest a plan or current event that a phrase no longer states when the date stated
 *                 nearest it (a calendar date, or a year, read as its last day) is more than this many days before the
 *                 request: "a lumbar discectomy in 2012" is a past surgery, no planned or recent one
 * @param ofDrugClass a response to a drug of this class (a concept of the vocabulary), which a piece naming only drugs
 *                 of other classes does not state: "the tramadol reduces pain from 7 to 3" is no relief from naproxen
 * @param ofTheRequestedDrug a response that, for the request of a drug, a piece naming only other drugs (of other
 *                 classes) does not state: "Norco lets him walk 30 minutes" is no improvement with gabapentin
 * @param notInClausesWith words that make only their own clause (the text between commas, semicolons, colons or a
 *                 joining "and", "but", "while", or a phrase opened by "under" or "per") speak of something else than
 *                 the fact, the rest of the sentence still stating it: "an opioid agreement" is no opioid taken, while
 *                 in "he has an opioid agreement and takes Norco tid" the second clause states the use
 * @param objective a sign found on examination, which the worker's own report does not state: "he reports decreased
 *                 sensation in his foot" is a symptom, not the "unequivocal objective findings" of the MTUS's special
 *                 studies
 * @param notForRequestsOf words of the fact that do not state it for a request of certain regions only: the signs of a
 *                 compressed cord point to the neck or upper back, no red flag of the low back; null for none
 * @param notFromClausesWith words that make the clause naming them (between semicolons) and the rest of its sentence
 *                 speak of something else than the fact, the clauses before still stating it: in "completed 6
 *                 chiropractic visits with improved rotation; 12 more visits are requested" the course was given, while
 *                 in "a request for physical therapy for the low back; and physical therapy for the neck" the request
 *                 goes on after the semicolon
 * @param keptInClausesWith words that keep a clause the words of {@code notInClausesWith} would set aside, because they
 *                 say the clause's limit is the treatment's: "only" sets a limit in "only able to walk 10 minutes", but
 *                 "able to perform her ADLs only with it" says what the medication makes possible (MTUS 9792.20(f),
 *                 functional improvement); words ending in "it" stand too with the name of each drug of the
 *                 vocabulary in its place ("only with Norco"); empty for none
 */
public record ClinicalFactDefinition(String id, String name, List<String> phrases, List<String> notInSentencesWith,
        Boolean regional, Boolean current, Integer injuryAtLeastDays, Integer injuryUnderDays,
        Boolean ofTheRequestedService, List<String> namedByConcepts, Integer datedWithinDaysBeforeRequest,
        List<TermsWithCues> termsWithCues, TwoDrugsOf twoDrugsOf,
        Integer workerOlderThanYears, List<String> localPhrases, List<String> notWhenAnyOf,
        Integer notWhenDatedOverDaysBeforeRequest, String ofDrugClass, Boolean ofTheRequestedDrug,
        List<String> notInClausesWith, Boolean objective, WordsNotForRequestsOf notForRequestsOf,
        List<String> notFromClausesWith, List<String> keptInClausesWith) {

    /** A fact without words that keep a clause its {@code notInClausesWith} would set aside. */
    public ClinicalFactDefinition(String id, String name, List<String> phrases, List<String> notInSentencesWith,
            Boolean regional, Boolean current, Integer injuryAtLeastDays, Integer injuryUnderDays,
            Boolean ofTheRequestedService, List<String> namedByConcepts, Integer datedWithinDaysBeforeRequest,
            List<TermsWithCues> termsWithCues, TwoDrugsOf twoDrugsOf, Integer workerOlderThanYears,
            List<String> localPhrases, List<String> notWhenAnyOf, Integer notWhenDatedOverDaysBeforeRequest,
            String ofDrugClass, Boolean ofTheRequestedDrug, List<String> notInClausesWith, Boolean objective,
            WordsNotForRequestsOf notForRequestsOf, List<String> notFromClausesWith) {
        this(id, name, phrases, notInSentencesWith, regional, current, injuryAtLeastDays, injuryUnderDays,
                ofTheRequestedService, namedByConcepts, datedWithinDaysBeforeRequest, termsWithCues, twoDrugsOf,
                workerOlderThanYears, localPhrases, notWhenAnyOf, notWhenDatedOverDaysBeforeRequest, ofDrugClass,
                ofTheRequestedDrug, notInClausesWith, objective, notForRequestsOf, notFromClausesWith, null);
    }

    /** A fact whose words state it for a request of any region, whose sentences speak of something else as a whole. */
    public ClinicalFactDefinition(String id, String name, List<String> phrases, List<String> notInSentencesWith,
            Boolean regional, Boolean current, Integer injuryAtLeastDays, Integer injuryUnderDays,
            Boolean ofTheRequestedService, List<String> namedByConcepts, Integer datedWithinDaysBeforeRequest,
            List<TermsWithCues> termsWithCues, TwoDrugsOf twoDrugsOf, Integer workerOlderThanYears,
            List<String> localPhrases, List<String> notWhenAnyOf, Integer notWhenDatedOverDaysBeforeRequest,
            String ofDrugClass, Boolean ofTheRequestedDrug, List<String> notInClausesWith, Boolean objective) {
        this(id, name, phrases, notInSentencesWith, regional, current, injuryAtLeastDays, injuryUnderDays,
                ofTheRequestedService, namedByConcepts, datedWithinDaysBeforeRequest, termsWithCues, twoDrugsOf,
                workerOlderThanYears, localPhrases, notWhenAnyOf, notWhenDatedOverDaysBeforeRequest, ofDrugClass,
                ofTheRequestedDrug, notInClausesWith, objective, null, null);
    }

    /** A fact that is not only an examination sign. */
    public ClinicalFactDefinition(String id, String name, List<String> phrases, List<String> notInSentencesWith,
            Boolean regional, Boolean current, Integer injuryAtLeastDays, Integer injuryUnderDays,
            Boolean ofTheRequestedService, List<String> namedByConcepts, Integer datedWithinDaysBeforeRequest,
            List<TermsWithCues> termsWithCues, TwoDrugsOf twoDrugsOf, Integer workerOlderThanYears,
            List<String> localPhrases, List<String> notWhenAnyOf, Integer notWhenDatedOverDaysBeforeRequest,
            String ofDrugClass, Boolean ofTheRequestedDrug, List<String> notInClausesWith) {
        this(id, name, phrases, notInSentencesWith, regional, current, injuryAtLeastDays, injuryUnderDays,
                ofTheRequestedService, namedByConcepts, datedWithinDaysBeforeRequest, termsWithCues, twoDrugsOf,
                workerOlderThanYears, localPhrases, notWhenAnyOf, notWhenDatedOverDaysBeforeRequest, ofDrugClass,
                ofTheRequestedDrug, notInClausesWith, null, null, null);
    }

    public ClinicalFactDefinition {
        phrases = ImmutableCopies.list(phrases);
        termsWithCues = ImmutableCopies.list(termsWithCues);
        notInSentencesWith = ImmutableCopies.list(notInSentencesWith);
        namedByConcepts = ImmutableCopies.list(namedByConcepts);
        localPhrases = ImmutableCopies.list(localPhrases);
        notWhenAnyOf = ImmutableCopies.list(notWhenAnyOf);
        notInClausesWith = ImmutableCopies.list(notInClausesWith);
        notFromClausesWith = ImmutableCopies.list(notFromClausesWith);
        keptInClausesWith = ImmutableCopies.list(keptInClausesWith);
    }

    /**
     * The same fact, stated also by the names of its {@link #namedByConcepts()}, its terms with cues named also by the
     * names of theirs.
     */
    public ClinicalFactDefinition withConceptNames(Function<String, List<String>> namesOfConcept) {
        return new ClinicalFactDefinition(id, name, ConceptNames.appended(phrases, namedByConcepts, namesOfConcept),
                notInSentencesWith, regional, current, injuryAtLeastDays,
                injuryUnderDays, ofTheRequestedService, namedByConcepts, datedWithinDaysBeforeRequest,
                termsWithCues.stream().map(words -> words.withConceptNames(namesOfConcept)).toList(),
                twoDrugsOf, workerOlderThanYears, localPhrases, notWhenAnyOf, notWhenDatedOverDaysBeforeRequest,
                ofDrugClass, ofTheRequestedDrug, notInClausesWith, objective, notForRequestsOf, notFromClausesWith,
                keptInClausesWith);
    }

    /**
     * The same fact without the words that do not state it for a request of its {@link #notForRequestsOf()} regions:
     * its phrases, local phrases and terms with cues less those words (a pair left without terms dropped).
     */
    public ClinicalFactDefinition withoutWordsNotForRequests() {
        if (notForRequestsOf == null) {
            return this;
        }
        List<String> words = notForRequestsOf.words();
        return new ClinicalFactDefinition(id, name, without(phrases, words), notInSentencesWith, regional, current,
                injuryAtLeastDays, injuryUnderDays, ofTheRequestedService, namedByConcepts,
                datedWithinDaysBeforeRequest,
                termsWithCues.stream()
                        .map(pair -> new TermsWithCues(without(pair.terms(), words), pair.cues(),
                                pair.termsNamedByConcepts(), pair.local(), pair.atLeast(), pair.cuesBeforeConcepts(),
                                pair.cuesStand(), pair.toldAfterNotInSentencesWith()))
                        .filter(pair -> !pair.terms().isEmpty() && pair.terms().size() >= pair.termsNeeded())
                        .toList(),
                twoDrugsOf, workerOlderThanYears, without(localPhrases, words), notWhenAnyOf,
                notWhenDatedOverDaysBeforeRequest, ofDrugClass, ofTheRequestedDrug, notInClausesWith, objective, null,
                notFromClausesWith, keptInClausesWith);
    }

    private static List<String> without(List<String> listed, List<String> words) {
        return listed.stream().filter(word -> !words.contains(word)).toList();
    }

    /** Whether the fact is stated by the age of the injury rather than by phrases. */
    public boolean statedByInjuryAge() {
        return injuryAtLeastDays != null || injuryUnderDays != null;
    }

    /** Whether the fact is an event that counts only when dated shortly before the request. */
    public boolean isDated() {
        return datedWithinDaysBeforeRequest != null;
    }

    /** Whether the fact is no longer stated by a phrase dated long before the request: a past event, not a plan. */
    public boolean lapsesWhenDatedLongBefore() {
        return notWhenDatedOverDaysBeforeRequest != null;
    }

    /** Whether the worker's age states the fact. */
    public boolean statedByWorkerAge() {
        return workerOlderThanYears != null;
    }

    /** Whether two drugs of a class state the fact. */
    public boolean statedByTwoDrugs() {
        return twoDrugsOf != null;
    }

    public boolean isRegional() {
        return Boolean.TRUE.equals(regional);
    }

    public boolean isCurrent() {
        return Boolean.TRUE.equals(current);
    }

    public boolean isOfTheRequestedDrug() {
        return Boolean.TRUE.equals(ofTheRequestedDrug);
    }

    public boolean isObjective() {
        return Boolean.TRUE.equals(objective);
    }

    public boolean isOfTheRequestedService() {
        return Boolean.TRUE.equals(ofTheRequestedService);
    }
}
