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
import org.imr.determination.guideline.text.CompletedVisits;
import org.imr.schemas.ServiceType;

/**
 * A prior course of physical medicine stated only in the clinical text, for case files without structured prior
 * treatments: the text names prior therapy (fact {@value #PRIOR_THERAPY}) or the request asks for additional or
 * continued therapy; the visits completed when a sentence about the prior course counts them (not the request's); functional improvement when the text
 * documents it (fact {@value #FUNCTIONAL_IMPROVEMENT}).
 */
final class PriorCourseFromText {

    static final String PRIOR_THERAPY = "PRIOR_PHYSICAL_THERAPY";
    static final String FUNCTIONAL_IMPROVEMENT = "FUNCTIONAL_IMPROVEMENT";
    private static final Pattern CONTINUATION = Pattern.compile("\\b(additional|continued?|continuation|more|further)\\b",
            Pattern.CASE_INSENSITIVE);

    private final ClinicalFactFinder facts;

    PriorCourseFromText(ClinicalFactFinder facts) {
        this.facts = facts;
    }

    /** The structured courses when the case file has any, otherwise the course the text states, if any. */
    List<PriorTreatmentCourse> courses(CaseFile caseFile, CaseText text, DisputedTreatment item) {
        if (!caseFile.priorTreatments().isEmpty() || caseFile.clinicalSummary() == null) {
            return caseFile.priorTreatments();
        }
        boolean named = facts.find(PRIOR_THERAPY, text).isPresent()
                || CONTINUATION.matcher(item.description()).find();
        if (!named) {
            return List.of();
        }
        boolean improvement = facts.find(FUNCTIONAL_IMPROVEMENT, text).isPresent();
        return List.of(new PriorTreatmentCourse(ServiceType.PHYSICAL_THERAPY, null,
                completedVisits(text).orElse(null), improvement));
    }

    /** The facts of the text that {@link #courses} reads a course from; none when the case file lists its courses. */
    List<FoundFact> evidence(CaseFile caseFile, CaseText text) {
        if (!caseFile.priorTreatments().isEmpty() || caseFile.clinicalSummary() == null) {
            return List.of();
        }
        return facts.findAll(List.of(PRIOR_THERAPY, FUNCTIONAL_IMPROVEMENT), text);
    }

    /** The visits a sentence about the prior course counts, the first that counts any. */
    private Optional<Integer> completedVisits(CaseText text) {
        return facts.piecesStating(PRIOR_THERAPY, text).stream()
                .map(piece -> CompletedVisits.in(piece.text()))
                .filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt)
                .findFirst();
    }
}
