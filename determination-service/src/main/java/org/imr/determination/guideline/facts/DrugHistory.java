package org.imr.determination.guideline.facts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.TermPhrase;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * Whether the records show the worker already taking a requested drug (a continuation) or not (a first request):
 * a sentence of the records names the drug, by its generic or any brand name, other than a sentence about the request
 * and its utilization review or about what the physician proposes (the treatment plan, a recommendation, a short
 * course of it) or starts at the visit ("added", "started today", unless the sentence dates the start in the past),
 * unless that sentence says the drug is continued, refilled or current. The MTUS decides a drug's start by its
 * indication and its continuation by the response to it (Medications for chronic pain), so a drug named only in the
 * plan is a start.
 */
public final class DrugHistory {

    /** Words of a sentence that recounts the request or its review, not the worker's use of the drug. */
    private static final List<TermPhrase> ABOUT_THE_REQUEST = List.of("utilization review", "non certif",
            "noncertif", "request", "denied", "modified", "authoriz", "certified", "not certified", "plan",
            "recommend", "propos", "suggest", "would like", "to start", "to begin", "initiat", "consider",
            "short course", "will try", "to try").stream()
            .map(TermPhrase::of).toList();

    /** Words of a proposal that continue what the worker already takes ("the plan is to continue naproxen"). */
    private static final List<TermPhrase> CONTINUED = List.of("continu", "refill", "renew", "resum", "current",
            "ongoing", "still", "has been taking", "remains on").stream().map(TermPhrase::of).toList();

    /**
     * Words of a sentence that starts the drug at the visit whose request is reviewed ("Nortriptyline was added at
     * bedtime", "a prescription for Lyrica was given today", "the physician is starting Cymbalta").
     */
    private static final List<TermPhrase> STARTED_NOW = List.of("added", "start", "today", "this visit",
            "trial of", "new prescription", "newly prescribed", "prescription for", "prescribed", "dispensed").stream()
            .map(TermPhrase::of).toList();

    /** Words that place a start in the past, so that the worker takes the drug since ("started on Lyrica in 2014"). */
    private static final List<TermPhrase> STARTED_BEFORE = List.of("since", "ago", "years", "months", "previously",
            "prior", "history", "long term", "chronic", "past", "earlier", "before", "last").stream().map(TermPhrase::of)
            .toList();

    /** A year, as a word: "2014". */
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

    private final Vocabulary vocabulary;

    public DrugHistory(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether a sentence of the records, not about the request, names one of the drugs. */
    public boolean alreadyTaking(Set<String> drugs, CaseText text) {
        if (drugs.isEmpty()) {
            return false;
        }
        return text.pieces().stream()
                .filter(piece -> !aboutTheRequest(piece.words()) || piece.words().containsAny(CONTINUED))
                .anyMatch(piece -> vocabulary.conceptsIn(piece.text()).stream().anyMatch(drugs::contains));
    }

    private static boolean aboutTheRequest(NormalizedText words) {
        return words.containsAny(ABOUT_THE_REQUEST) || (words.containsAny(STARTED_NOW)
                && !words.containsAny(STARTED_BEFORE) && words.words().stream().noneMatch(word -> YEAR.matcher(word)
                        .matches()));
    }
}
