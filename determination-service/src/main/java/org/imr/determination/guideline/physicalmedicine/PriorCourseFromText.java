package org.imr.determination.guideline.physicalmedicine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.PriorTreatmentCourse;
import org.imr.determination.guideline.facts.CaseText;
import org.imr.determination.guideline.facts.ClinicalFactFinder;
import org.imr.determination.guideline.facts.FoundFact;
import org.imr.schemas.ServiceType;

/**
 * A prior course of physical medicine stated only in the clinical text, for case files without structured prior
 * treatments: the text names prior therapy (fact {@value #PRIOR_THERAPY}) or the request asks for additional or
 * continued therapy; the visits completed when the text counts them; functional improvement when the text
 * documents it (fact {@value #FUNCTIONAL_IMPROVEMENT}).
 */
final class PriorCourseFromText {

    static final String PRIOR_THERAPY = "PRIOR_PHYSICAL_THERAPY";
    static final String FUNCTIONAL_IMPROVEMENT = "FUNCTIONAL_IMPROVEMENT";
    private static final Pattern CONTINUATION = Pattern.compile("\\b(additional|continued?|continuation|more|further)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SESSIONS = Pattern.compile(
            "(\\d{1,2})\\s+(?:sessions|visits|treatments)\\s+of\\s+(?:physical|occupational|aquatic)\\s+therapy"
                    + "|(?:physical|occupational)\\s+therapy\\s+(?:x|times)\\s*(\\d{1,2})\\b"
                    + "|(\\d{1,2})\\s+(?:physical therapy|PT|occupational therapy|OT)\\s+(?:sessions|visits)",
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
                sessions(caseFile.clinicalSummary()).orElse(null), improvement));
    }

    /** The facts of the text that {@link #courses} reads a course from; none when the case file lists its courses. */
    List<FoundFact> evidence(CaseFile caseFile, CaseText text) {
        if (!caseFile.priorTreatments().isEmpty() || caseFile.clinicalSummary() == null) {
            return List.of();
        }
        return facts.findAll(List.of(PRIOR_THERAPY, FUNCTIONAL_IMPROVEMENT), text);
    }

    private static Optional<Integer> sessions(String summary) {
        Matcher matcher = SESSIONS.matcher(summary);
        if (!matcher.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return Optional.of(Integer.parseInt(matcher.group(group)));
            }
        }
        return Optional.empty();
    }
}
