package org.imr.determination.guideline.physicalmedicine;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.PriorTreatmentCourse;
import org.imr.determination.guideline.facts.CaseText;
import org.imr.determination.guideline.facts.ClinicalFactFinder;
import org.imr.determination.guideline.facts.FoundFact;
import org.imr.determination.guideline.text.BodyRegionSites;
import org.imr.determination.guideline.text.CompletedVisits;
import org.imr.determination.guideline.vocabulary.ConceptKind;
import org.imr.determination.guideline.vocabulary.Vocabulary;
import org.imr.schemas.ServiceType;

/**
 * A prior course of physical medicine stated only in the clinical text, for case files without structured prior
 * treatments: the text names prior therapy (fact {@value #PRIOR_THERAPY}) or the request asks for additional or
 * continued therapy; the visits completed when a sentence about the prior course counts them (not the request's);
 * functional improvement when the text documents it (fact {@value #FUNCTIONAL_IMPROVEMENT}).
 */
final class PriorCourseFromText {

    static final String PRIOR_THERAPY = "PRIOR_PHYSICAL_THERAPY";
    static final String FUNCTIONAL_IMPROVEMENT = "FUNCTIONAL_IMPROVEMENT";
    private static final Pattern CONTINUATION = Pattern.compile(
            "\\b(additional|continued?|continuation|more|further)\\b", Pattern.CASE_INSENSITIVE);
    /** The words a count of visits is written with, which name no service of their own. */
    private static final Pattern COUNTED_UNITS = Pattern.compile("\\b(?:sessions?|visits?|treatments?)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words of a sentence about a request, its review or a plan, whose count is no course given: "prescribed",
     * "ordered", "will" count visits not yet attended, which they do not in DrugHistory's sentences about the request
     * (a drug prescribed was taken).
     */
    private static final Pattern ABOUT_A_REQUEST = Pattern.compile("\\b(?:request\\w*|authori[sz]\\w*|certif\\w*|"
            + "non-?certif\\w*|denied|approved|recommend\\w*|plan\\w*|prescribed|ordered|will|would|should)\\b",
            Pattern.CASE_INSENSITIVE);

    private final ClinicalFactFinder facts;
    private final Vocabulary vocabulary;

    PriorCourseFromText(ClinicalFactFinder facts, Vocabulary vocabulary) {
        this.facts = facts;
        this.vocabulary = vocabulary;
    }

    /** The structured courses when the case file has any, otherwise the course the text states, if any. */
    List<PriorTreatmentCourse> courses(CaseFile caseFile, CaseText text, DisputedTreatment item) {
        if (!caseFile.priorTreatments().isEmpty() || caseFile.clinicalSummary() == null) {
            return caseFile.priorTreatments();
        }
        List<CaseText.Piece> stating = piecesOfTheRequestedRegion(text);
        if (stating.isEmpty() && !CONTINUATION.matcher(item.description()).find()) {
            return List.of();
        }
        boolean improvement = facts.find(FUNCTIONAL_IMPROVEMENT, text).isPresent();
        return List.of(new PriorTreatmentCourse(ServiceType.PHYSICAL_THERAPY, null,
                completedVisits(stating).or(() -> countedInTheSentenceAfter(stating, text)).orElse(null),
                improvement));
    }

    /** The facts of the text that {@link #courses} reads a course from; none when the case file lists its courses. */
    List<FoundFact> evidence(CaseFile caseFile, CaseText text) {
        if (!caseFile.priorTreatments().isEmpty() || caseFile.clinicalSummary() == null) {
            return List.of();
        }
        return facts.findAll(List.of(PRIOR_THERAPY, FUNCTIONAL_IMPROVEMENT), text);
    }

    /**
     * The clauses stating prior therapy that may be of the requested region: those naming no region, or one the
     * request names on its side, or any when the request names none. A course of another region does not count against
     * the request (MTUS Chronic Pain, Physical Medicine, pp. 98-99: the visits of a course for a condition): "12 PT
     * visits for the low back" are no course for the right shoulder, nor for the knee (a region of the low back's
     * referred pain, which a finding of the spine may concern, but no region its therapy treats).
     */
    private List<CaseText.Piece> piecesOfTheRequestedRegion(CaseText text) {
        return facts.clausesStating(PRIOR_THERAPY, text).stream()
                .filter(clause -> mayBeOfTheRequestedRegion(clause, text.requestedSites()))
                .toList();
    }

    /** The regions its clause names, else those its sentence names, may be the requested ones. */
    private boolean mayBeOfTheRequestedRegion(CaseText.Piece clause, BodyRegionSites requested) {
        BodyRegionSites named = vocabulary.sitesIn(clause.text());
        BodyRegionSites sites = named.isUnknown() ? clause.sites() : named;
        return sites.isUnknown() || requested.isUnknown() || sites.overlaps(requested);
    }

    /**
     * The visits the sentence right after one about the prior course counts, when it names no service of its own and
     * is no request, review or plan: "Physical therapy has helped. She has completed 8 sessions." (MTUS Chronic Pain,
     * Physical Medicine: the visits of the course given count against the guideline's number).
     */
    private Optional<Integer> countedInTheSentenceAfter(List<CaseText.Piece> stating, CaseText text) {
        List<CaseText.Piece> pieces = text.pieces();
        for (CaseText.Piece clause : stating) {
            for (int at = 0; at + 1 < pieces.size(); at++) {
                CaseText.Piece next = pieces.get(at + 1);
                if (pieces.get(at).place().equals(clause.place()) && countsOnlyTheCourseBefore(next)) {
                    OptionalInt visits = CompletedVisits.in(next.text());
                    if (visits.isPresent()) {
                        return Optional.of(visits.getAsInt());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence names no service other than by the words it counts with ("visits", "sessions"), no request,
     * review or plan, so that its count is the course's before.
     */
    private boolean countsOnlyTheCourseBefore(CaseText.Piece sentence) {
        String words = COUNTED_UNITS.matcher(CompletedVisits.withoutTheCourseAuthorized(sentence.text()))
                .replaceAll(" ");
        return !ABOUT_A_REQUEST.matcher(words).find() && vocabulary.conceptsIn(words, ConceptKind.MODALITY).isEmpty()
                && vocabulary.conceptsIn(words, ConceptKind.FAMILY).isEmpty();
    }

    /** The visits a sentence about the prior course of the requested region counts, the first that counts any. */
    private static Optional<Integer> completedVisits(List<CaseText.Piece> stating) {
        return stating.stream()
                .map(piece -> CompletedVisits.in(piece.text()))
                .filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt)
                .findFirst();
    }
}
