package org.imr.determination.guideline.facts;

import java.util.List;
import java.util.Set;
import org.imr.determination.guideline.text.TermPhrase;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * Whether the records show the worker already taking a requested drug (a continuation) or not (a first request):
 * a sentence of the records names the drug, by its generic or any brand name, other than a sentence about the request
 * and its utilization review.
 */
public final class DrugHistory {

    /** Words of a sentence that recounts the request or its review, not the worker's use of the drug. */
    private static final List<TermPhrase> ABOUT_THE_REQUEST = List.of("utilization review", "non certif",
            "noncertif", "request", "denied", "modified", "authoriz", "certified", "not certified").stream()
            .map(TermPhrase::of).toList();

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
                .filter(piece -> !piece.words().containsAny(ABOUT_THE_REQUEST))
                .anyMatch(piece -> vocabulary.conceptsIn(piece.text()).stream().anyMatch(drugs::contains));
    }
}
