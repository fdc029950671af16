package org.imr.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicalSummaryComposerTest {

    private final ClinicalSummaryComposer composer = new ClinicalSummaryComposer();

    @Test
    void composesTheSeedSummaryFromTheSeedFacts() {
        // The seed's sentence on the initial complaints has no structured fact behind it.
        String seedWithoutInitialComplaints =
                SeedCase.CLINICAL_SUMMARY.replace(" Initial complaints and diagnoses are not available.", "");

        assertThat(composer.compose(SeedCase.facts())).isEqualTo(seedWithoutInitialComplaints);
    }

    @Test
    void leavesMissingFactsOutWithoutPrintingNull() {
        ClinicalSummaryFacts nothingKnown = new ClinicalSummaryFacts(
                null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(composer.compose(nothingKnown)).isEqualTo("The injured worker sustained an industrial injury.");
    }

    @Test
    void leavesOutTheSentencesOfMissingFactsAndKeepsTheOthers() {
        ClinicalSummaryFacts someFacts = new ClinicalSummaryFacts(
                null, "female", LocalDate.of(2016, 10, 25), List.of("lumbar spine sprain/strain"),
                List.of(" "), List.of(), null, 6, null, "continue with the current medication regimen.",
                List.of(), null);

        String summary = composer.compose(someFacts);

        assertThat(summary).isEqualTo("The injured worker is a female who sustained an industrial injury on 10-25-16."
                + " Pain is rated at 6/10. Current diagnoses include lumbar spine sprain/strain."
                + " The treating provider reports the plan of care as continue with the current medication regimen.");
        assertThat(summary).doesNotContainIgnoringCase("null").doesNotContain("  ").doesNotContain("..");
    }

    @Test
    void describesTheWorkerWithTheRightArticleAndNoUnknownSex() {
        ClinicalSummaryFacts eighty = facts(80, "UNKNOWN", null);
        ClinicalSummaryFacts noAge = facts(0, "Male", LocalDate.of(2015, 3, 2));

        assertThat(composer.compose(eighty)).isEqualTo("The injured worker is an 80-year-old who sustained an industrial injury.");
        assertThat(composer.compose(noAge)).isEqualTo("The injured worker is a male who sustained an industrial injury on 03-02-15.");
    }

    @Test
    void namesTheStudiesThatWereNotAvailableForReview() {
        ClinicalSummaryFacts mixed = studies(
                new DiagnosticStudyFact("an x-ray of the right shoulder", "2016-10-13", true),
                new DiagnosticStudyFact("a MRI of the cervical spine", null, false),
                new DiagnosticStudyFact("electrodiagnostic studies", "February 2014", true));
        ClinicalSummaryFacts oneUnavailable = studies(new DiagnosticStudyFact("a MRI of the lumbar spine", "02-13", false));
        ClinicalSummaryFacts allAvailable = studies(new DiagnosticStudyFact("a MRI of the lumbar spine", "2013-02", true));

        assertThat(composer.compose(mixed)).endsWith("Diagnostic studies include an x-ray of the right shoulder in"
                + " 10-13-16, a MRI of the cervical spine, and electrodiagnostic studies in February 2014. Of these, a MRI"
                + " of the cervical spine was not available for review in the submitted documentation.");
        assertThat(composer.compose(oneUnavailable)).endsWith("Diagnostic studies include a MRI of the lumbar spine"
                + " in 02-13, which was not available for review in the submitted documentation.");
        assertThat(composer.compose(allAvailable)).endsWith("Diagnostic studies include a MRI of the lumbar spine in 02-13.");
    }

    @Test
    void keepsItemDescriptionsWithCommasApartAndSaysWhenTherapyWasReceived() {
        ClinicalSummaryFacts facts = new ClinicalSummaryFacts(
                null, null, null, null, null, null, null, null, null, null,
                List.of("Occupational therapy, bilateral wrists, 2 x 4", "Norco 10/325mg #60",
                        "MRI of the lumbar spine"), true);

        assertThat(composer.compose(facts)).endsWith("The requested treatments include Occupational therapy,"
                + " bilateral wrists, 2 x 4; Norco 10/325mg #60; and MRI of the lumbar spine. Per the notes, the"
                + " injured worker has previously received therapy.");
    }

    @Test
    void prefersTheCasesOwnFreeTextSummary() {
        assertThat(composer.summaryFor("  Summary written from the records.  ", SeedCase.facts()))
                .isEqualTo("Summary written from the records.");
        assertThat(composer.summaryFor(" ", SeedCase.facts())).isEqualTo(composer.compose(SeedCase.facts()));
        assertThat(composer.summaryFor(null, SeedCase.facts())).startsWith("The injured worker is a 57-year-old male");
    }

    @Test
    void aComposedSummaryRendersIntoTheLetter() {
        String letter = new LetterRenderer().render(
                SeedCase.letter(composer.compose(SeedCase.facts()), List.of(SeedCase.item())));

        assertThat(LetterText.paragraphStartingWith(letter, "The injured worker is a 57-year-old male"))
                .isEqualTo(composer.compose(SeedCase.facts()));
    }

    private static ClinicalSummaryFacts facts(Integer age, String sex, LocalDate dateOfInjury) {
        return new ClinicalSummaryFacts(age, sex, dateOfInjury, null, null, null, null, null, null, null, null, null);
    }

    private static ClinicalSummaryFacts studies(DiagnosticStudyFact... studies) {
        return new ClinicalSummaryFacts(
                null, null, null, null, null, List.of(studies), null, null, null, null, null, null);
    }
}
