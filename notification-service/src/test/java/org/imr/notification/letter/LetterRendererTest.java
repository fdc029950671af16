package org.imr.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

    /** From the module directory (notification-service) to the shared seed letter. */
    private static final Path SEED_LETTER =
            Path.of("..", "..", "shared", "seed", "imr-final-determination-example.txt");

    private static final List<String> LABELS = List.of(
            "State(s) of Licensure:",
            "Certification(s)/Specialty:",
            "The expert reviewer developed the following clinical case summary",
            "The Final Determination was based on decisions",
            SeedCase.ITEM + ":",
            "Claims Administrator guideline:",
            "MAXIMUS guideline:",
            "Decision rationale:");

    private final LetterRenderer renderer = new LetterRenderer();
    private final String letter = renderer.render(SeedCase.letter());

    @Test
    void rendersTheSeedLetterWithTheSameSectionsInTheSameOrder() throws IOException {
        assumeTrue(Files.isRegularFile(SEED_LETTER), "seed letter not present: " + SEED_LETTER.toAbsolutePath());
        String seed = Files.readString(SEED_LETTER, StandardCharsets.UTF_8);

        assertThat(LetterText.headings(letter)).containsExactlyElementsOf(LetterText.headings(seed))
                .containsExactly("HOW THE IMR FINAL DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY",
                        "IMR ISSUES, DECISIONS AND RATIONALES");
        assertThat(LetterText.labels(letter, LABELS)).containsExactlyElementsOf(LetterText.labels(seed, LABELS))
                .hasSize(LABELS.size());
    }

    @Test
    void rendersTheSeedLettersWordingWordForWordFromTheFirstHeadingOn() throws IOException {
        assumeTrue(Files.isRegularFile(SEED_LETTER), "seed letter not present: " + SEED_LETTER.toAbsolutePath());
        String seed = Files.readString(SEED_LETTER, StandardCharsets.UTF_8);
        String firstHeading = "HOW THE IMR FINAL DETERMINATION WAS MADE";

        assertThat(LetterText.wordsFrom(letter, firstHeading)).isEqualTo(LetterText.wordsFrom(seed, firstHeading));
    }

    @Test
    void printsTheHeaderBlockInTheLettersColumns() {
        assertThat(letter.lines().limit(6)).containsExactly(
                "Case Number:          CM15-0123456",
                "Date Assigned:        06/24/2015                      Date of Injury:      01/09/2013",
                "Decision Date:        07/28/2015                      UR Denial Date:      06/10/2015",
                "Priority:             Standard                        Application          06/19/2015",
                "                                                      Received:",
                "");
    }

    @Test
    void printsTheCredentialsTheItemAndTheGuidelineLines() {
        List<String> lines = LetterText.lines(letter);

        assertThat(lines).contains(
                "The Expert Reviewer has the following credentials:",
                "State(s) of Licensure: California, Hawaii",
                "Certification(s)/Specialty: Physical Medicine & Rehabilitation",
                "Occupational therapy, bilateral wrists, 2 x 4: Overturned");
        assertThat(LetterText.paragraphStartingWith(letter, "Claims Administrator guideline:")).isEqualTo(
                "Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Physical"
                        + " medicine. Decision based on Non-MTUS Citation Official Disability Guidelines, Forearm,"
                        + " Wrist & Hand Chapter.");
        assertThat(LetterText.paragraphStartingWith(letter, "MAXIMUS guideline:")).isEqualTo(
                "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine"
                        + " Page(s): 98-99.");
        assertThat(LetterText.paragraphStartingWith(letter, "Decision rationale:"))
                .startsWith("Decision rationale: The patient presents with lower back pain")
                .endsWith("The current request is medically necessary.");
    }

    @Test
    void keepsEveryLineWithinTheWrapWidthAndNeverPrintsNull() {
        assertThat(letter.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(renderer.wrapWidth()));
        assertThat(letter).doesNotContainIgnoringCase("null").doesNotContain("{{").doesNotContain("&amp;");
    }

    @Test
    void saysSoWhenAPartyCitedNoMedicalEvidence() {
        DisputedItemDecision nothingCited = new DisputedItemDecision("Norflex 100mg #60", LetterDecision.UPHELD,
                null, " ", "There was a lack of acute muscle spasm. As such, the request is not medically necessary.");

        String rendered = renderer.render(SeedCase.letter(SeedCase.CLINICAL_SUMMARY, List.of(nothingCited)));

        assertThat(LetterText.paragraphStartingWith(rendered, "Claims Administrator guideline:")).isEqualTo(
                "Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its"
                        + " decision.");
        assertThat(LetterText.paragraphStartingWith(rendered, "MAXIMUS guideline:")).isEqualTo(
                "MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.");
        assertThat(rendered).doesNotContainIgnoringCase("null");
    }

    @Test
    void introducesACitationOutsideTheMtusAsThePublishedLettersDo() {
        DisputedItemDecision outsideMtus = new DisputedItemDecision("X-ray of the pelvis", LetterDecision.UPHELD,
                "Non-MTUS Citation Official Disability Guidelines (ODG) Hips & Pelvis Chapter, X-Ray",
                "Non-MTUS Citation Official Disability Guidelines (ODG) Hips & Pelvis Chapter, X-Ray.",
                "The request is not medically necessary.");

        String rendered = renderer.render(SeedCase.letter(SeedCase.CLINICAL_SUMMARY, List.of(outsideMtus)));

        assertThat(LetterText.paragraphStartingWith(rendered, "MAXIMUS guideline:")).isEqualTo(
                "MAXIMUS guideline: The Expert Reviewer based their decision on recommendation(s) outside of the"
                        + " MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)"
                        + " Hips & Pelvis Chapter, X-Ray.");
        assertThat(LetterText.paragraphStartingWith(rendered, "Claims Administrator guideline:"))
                .startsWith("Claims Administrator guideline: The Claims Administrator based their decision on"
                        + " recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation");
    }

    @Test
    void printsEveryItemInOrderWithItsDecisionIncludingAReferralToTheExpertReviewer() {
        DisputedItemDecision referred = new DisputedItemDecision("Home health aide 4 hours a day",
                LetterDecision.REFERRED_TO_EXPERT_REVIEWER, "MTUS Home health services", null,
                "No guideline rule of the knowledge base covers this item; the expert reviewer decides it.");

        String rendered = renderer.render(
                SeedCase.letter(SeedCase.CLINICAL_SUMMARY, List.of(SeedCase.item(), referred)));

        assertThat(LetterText.lines(rendered).stream().filter(line -> line.contains(": ")
                && (line.endsWith("Overturned") || line.endsWith("Upheld") || line.endsWith("expert reviewer"))))
                .containsExactly("Occupational therapy, bilateral wrists, 2 x 4: Overturned",
                        "Home health aide 4 hours a day: Referred to expert reviewer");
        assertThat(LetterText.labels(rendered, List.of("Decision rationale:"))).hasSize(2);
    }

    @Test
    void namesTheConfiguredOrganisationInsteadOfMaximus() {
        FinalDeterminationLetter seed = SeedCase.letter();
        FinalDeterminationLetter other = new FinalDeterminationLetter(seed.caseNumber(), seed.dateAssigned(),
                seed.dateOfInjury(), seed.decisionDate(), seed.urDenialDate(), seed.applicationReceived(),
                "Expedited", new ReviewOrganisation("Golden State Review Organization", "GSRO"), seed.reviewer(),
                seed.clinicalSummary(), seed.items());

        String rendered = renderer.render(other);

        assertThat(rendered).doesNotContain("MAXIMUS")
                .contains("GSRO guideline: Decision based on MTUS Chronic Pain Treatment Guidelines")
                .contains("Priority:             Expedited                       Application          06/19/2015");
        assertThat(LetterText.paragraphStartingWith(rendered, "Golden State Review Organization sent"))
                .startsWith("Golden State Review Organization sent the complete case file to an expert reviewer.")
                .endsWith("applies to Independent Medical Review determinations.");
    }

    @Test
    void keepsTheParagraphsOfAMultiParagraphSummary() {
        String rendered = renderer.render(SeedCase.letter("First paragraph of the summary.\n\nSecond paragraph.",
                List.of(SeedCase.item())));

        assertThat(rendered).contains("First paragraph of the summary.\n\nSecond paragraph.\n\n");
    }

    @Test
    void refusesAWrapWidthNarrowerThanTheHeaderBlock() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LetterRenderer(LetterRenderer.MINIMUM_WRAP_WIDTH - 1));
    }

    @Test
    void honoursANarrowerWrapWidth() {
        LetterRenderer narrow = new LetterRenderer(LetterRenderer.MINIMUM_WRAP_WIDTH);

        String rendered = narrow.render(SeedCase.letter());

        assertThat(rendered.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(85));
        assertThat(rendered).isNotEqualTo(letter);
        assertThat(LetterText.wordsFrom(rendered, "HOW THE IMR"))
                .isEqualTo(LetterText.wordsFrom(letter, "HOW THE IMR"));
    }
}
