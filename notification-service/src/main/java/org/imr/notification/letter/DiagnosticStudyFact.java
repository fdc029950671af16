package org.imr.notification.letter;

/**
 * A diagnostic study named in the case file.
 *
 * @param name               e.g. "a MRI of the lumbar spine", as it should read in a sentence
 * @param performedOn        when it was performed, as recorded (e.g. "2014-02" or "02-14"); null when unknown
 * @param availableForReview whether the study's report was in the submitted documentation
 */
public record DiagnosticStudyFact(String name, String performedOn, boolean availableForReview) {

    public DiagnosticStudyFact {
        name = TextPreconditions.requireText(name, "name");
        performedOn = TextPreconditions.blankToNull(performedOn);
    }
}
