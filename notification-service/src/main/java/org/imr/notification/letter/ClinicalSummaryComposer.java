package org.imr.notification.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the body of the CLINICAL CASE SUMMARY from structured facts when the case file supplies no
 * free-text summary, in the style of the published letters: "The injured worker is a 57-year-old
 * male who sustained an industrial injury on 01-09-13. Treatments to date include ...". A missing
 * fact leaves its sentence (or its part of a sentence) out. Stateless and thread-safe.
 */
public final class ClinicalSummaryComposer {

    private static final String NOT_IN_DOCUMENTATION = "available for review in the submitted documentation";

    /** The supplied free-text summary when there is one, otherwise a summary composed from the facts. */
    public String summaryFor(String freeTextSummary, ClinicalSummaryFacts facts) {
        if (freeTextSummary != null && !freeTextSummary.isBlank()) {
            return freeTextSummary.strip();
        }
        return compose(facts);
    }

    /** One paragraph; never blank, since it always says that the worker sustained an industrial injury. */
    public String compose(ClinicalSummaryFacts facts) {
        List<String> sentences = new ArrayList<>();
        sentences.add(injury(facts));
        addListSentence(sentences, "Treatments to date include ", facts.treatmentsToDate());
        addDiagnosticStudies(sentences, facts.diagnosticStudies());
        addComplaints(sentences, facts);
        addListSentence(sentences, "Current diagnoses include ", facts.diagnoses());
        addPlanOfCare(sentences, facts);
        addRequestedTreatments(sentences, facts.requestedTreatments());
        addPriorTherapy(sentences, facts.priorTherapyReceived());
        return String.join(" ", sentences);
    }

    private static String injury(ClinicalSummaryFacts facts) {
        List<String> descriptors = new ArrayList<>();
        boolean ageKnown = facts.age() != null && facts.age() > 0;
        if (ageKnown) {
            descriptors.add(facts.age() + "-year-old");
        }
        String sex = facts.sex() == null ? null : facts.sex().toLowerCase(Locale.ROOT);
        if (sex != null && !sex.equals("unknown")) {
            descriptors.add(sex);
        }
        String onDate = facts.dateOfInjury() == null ? "" : " on " + LetterDates.summary(facts.dateOfInjury());
        if (descriptors.isEmpty()) {
            return "The injured worker sustained an industrial injury" + onDate + ".";
        }
        String article = ageKnown && spokenWithVowel(facts.age()) ? "an " : "a ";
        return "The injured worker is " + article + String.join(" ", descriptors)
                + " who sustained an industrial injury" + onDate + ".";
    }

    /** 8, 11, 18 and 80-89 are spoken with a leading vowel: "an 18-year-old". */
    private static boolean spokenWithVowel(int age) {
        return age == 8 || age == 11 || age == 18 || (age >= 80 && age <= 89);
    }

    private static void addListSentence(List<String> sentences, String opening, List<String> phrases) {
        if (!phrases.isEmpty()) {
            sentences.add(opening + EnglishLists.join(phrases) + ".");
        }
    }

    private static void addDiagnosticStudies(List<String> sentences, List<DiagnosticStudyFact> studies) {
        if (studies.isEmpty()) {
            return;
        }
        List<String> all = studies.stream().map(ClinicalSummaryComposer::studyPhrase).toList();
        List<String> unavailable = studies.stream()
                .filter(study -> !study.availableForReview())
                .map(ClinicalSummaryComposer::studyPhrase)
                .toList();
        String sentence = "Diagnostic studies include " + EnglishLists.join(all);
        if (unavailable.isEmpty()) {
            sentences.add(sentence + ".");
        } else if (unavailable.size() < all.size()) {
            sentences.add(sentence + ".");
            sentences.add("Of these, " + EnglishLists.join(unavailable)
                    + (unavailable.size() == 1 ? " was not " : " were not ") + NOT_IN_DOCUMENTATION + ".");
        } else if (all.size() == 1) {
            sentences.add(sentence + ", which was not " + NOT_IN_DOCUMENTATION + ".");
        } else if (all.size() == 2) {
            sentences.add(sentence + ", neither of which was " + NOT_IN_DOCUMENTATION + ".");
        } else {
            sentences.add(sentence + ", none of which were " + NOT_IN_DOCUMENTATION + ".");
        }
    }

    private static String studyPhrase(DiagnosticStudyFact study) {
        String name = EnglishLists.withoutFinalStop(study.name());
        return study.performedOn() == null ? name : name + " in " + LetterDates.recorded(study.performedOn());
    }

    private static void addComplaints(List<String> sentences, ClinicalSummaryFacts facts) {
        Integer rating = facts.painRating();
        String rated = rating != null && rating >= 0 && rating <= 10 ? "rated at " + rating + "/10" : null;
        if (!facts.currentComplaints().isEmpty()) {
            String complaints = "Current complaints include " + EnglishLists.join(facts.currentComplaints());
            sentences.add(rated == null ? complaints + "." : complaints + ", " + rated + ".");
        } else if (rated != null) {
            sentences.add("Pain is " + rated + ".");
        }
    }

    private static void addPlanOfCare(List<String> sentences, ClinicalSummaryFacts facts) {
        if (facts.planOfCare() == null) {
            return;
        }
        String provider = facts.progressNoteDate() == null
                ? "The treating provider"
                : "In a progress note dated " + LetterDates.summary(facts.progressNoteDate()) + " the treating provider";
        sentences.add(provider + " reports the plan of care as "
                + EnglishLists.withoutFinalStop(facts.planOfCare()) + ".");
    }

    private static void addRequestedTreatments(List<String> sentences, List<String> requested) {
        if (!requested.isEmpty()) {
            String opening = requested.size() == 1 ? "The requested treatment includes " : "The requested treatments include ";
            sentences.add(opening + EnglishLists.join(requested) + ".");
        }
    }

    private static void addPriorTherapy(List<String> sentences, Boolean priorTherapyReceived) {
        if (Boolean.FALSE.equals(priorTherapyReceived)) {
            sentences.add("Per the notes, the injured worker has not received any form of therapy.");
        } else if (Boolean.TRUE.equals(priorTherapyReceived)) {
            sentences.add("Per the notes, the injured worker has previously received therapy.");
        }
    }
}
