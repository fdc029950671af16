package org.imr.notification.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.imr.calendar.ImrCalendarDefaults;
import org.imr.notification.letter.LetterRenderer;
import org.imr.notification.letter.LetterText;
import org.imr.notification.letter.PublishedLetterParser;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DraftReview;
import org.imr.schemas.DisputedItem;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.ReviewerCredentials;
import org.imr.testsupport.SampleCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The golden letter: the seed case, rendered as the service renders a determination, against the seed letter
 * (shared/seed/imr-final-determination-example.txt), section by section and item line by item line. Only the
 * clinical summary's wording may differ (the service composes it from the case's facts).
 */
class GoldenLetterTest {

    private static final Path SEED_LETTER = Path.of("..", "..", "shared", "seed", "imr-final-determination-example.txt");
    private static final String HOW_MADE = "HOW THE IMR FINAL DETERMINATION WAS MADE";
    private static final String SUMMARY = "CLINICAL CASE SUMMARY";
    private static final String ISSUES = "IMR ISSUES, DECISIONS AND RATIONALES";
    private static final String ITEMS_INTRODUCTION =
            "The Final Determination was based on decisions for the disputed items/services set forth below:";
    private static final String CLAIMS_ADMINISTRATOR_GUIDELINE = "MTUS Chronic Pain Treatment Guidelines Physical "
            + "medicine. Decision based on Non-MTUS Citation Official Disability Guidelines, Forearm, Wrist & Hand Chapter";
    private static final String CITATION = "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99";

    private String seed;
    private String letter;

    @BeforeEach
    void renderTheSeedCase() throws IOException {
        assumeTrue(Files.isRegularFile(SEED_LETTER), "seed letter not present: " + SEED_LETTER.toAbsolutePath());
        seed = seedLetter();
        LetterProperties properties = new LetterProperties(Path.of("unused"), "MAXIMUS Federal Services", "MAXIMUS",
                null, null, 1);
        letter = new LetterRenderer().render(new LetterMapper(properties, ImrCalendarDefaults.deadlines().calendar())
                .toLetter(seedDetermination(), LocalDate.of(2015, 7, 28)));
    }

    @Test
    void hasTheSeedLettersSectionsInTheSameOrder() {
        assertThat(LetterText.headings(letter)).containsExactlyElementsOf(LetterText.headings(seed))
                .containsExactly(HOW_MADE, SUMMARY, ISSUES);
    }

    @Test
    void printsTheHeaderBlockOfTheCase() {
        assertThat(letter.lines().limit(5)).containsExactly(
                "Case Number:          CM15-0123456",
                "Date Assigned:        06/24/2015                      Date of Injury:      01/09/2013",
                "Decision Date:        07/28/2015                      UR Denial Date:      06/12/2015",
                "Priority:             Standard                        Application          06/25/2015",
                "                                                      Received:");
    }

    @Test
    void explainsHowTheDeterminationWasMadeWithTheSeedsWordsAndCredentials() {
        String rendered = LetterText.section(letter, HOW_MADE);
        String expected = LetterText.section(seed, HOW_MADE);

        assertThat(words(rendered)).isEqualTo(words(expected));
        List<String> credentialLabels = List.of("The Expert Reviewer has the following credentials:",
                "State(s) of Licensure:", "Certification(s)/Specialty:");
        assertThat(credentialLines(rendered, credentialLabels)).containsExactlyElementsOf(
                credentialLines(expected, credentialLabels)).hasSize(3);
    }

    @Test
    void introducesTheClinicalSummaryAsTheSeedDoesAndSummarisesTheCase() {
        String intro = "The expert reviewer developed the following clinical case summary based on a review of the"
                + " case file, including all medical records:";
        String rendered = words(LetterText.section(letter, SUMMARY));

        assertThat(words(LetterText.section(seed, SUMMARY))).startsWith(intro);
        assertThat(rendered).startsWith(intro);
        assertThat(rendered.substring(intro.length()).strip())
                .startsWith("The injured worker is a 57-year-old male who sustained an industrial injury on 01-09-13.")
                .contains("rated at 7/10");
    }

    @Test
    void decidesEveryItemWithTheSeedsDecisionGuidelineLinesAndRationale() {
        String rendered = LetterText.section(letter, ISSUES);
        String expected = LetterText.section(seed, ISSUES);

        assertThat(words(rendered)).startsWith(ITEMS_INTRODUCTION);
        assertThat(words(expected)).startsWith(ITEMS_INTRODUCTION);
        assertThat(PublishedLetterParser.items(afterIntroduction(rendered)))
                .containsExactlyElementsOf(PublishedLetterParser.items(afterIntroduction(expected)))
                .hasSize(1);
        assertThat(LetterText.lines(rendered)).contains("Occupational therapy, bilateral wrists, 2 x 4: Overturned");
    }

    @Test
    void neverNamesTheReviewer() {
        assertThat(letter).doesNotContain("RV-0001").doesNotContain("Dr. Alana");
    }

    private static List<String> credentialLines(String section, List<String> labels) {
        return LetterText.lines(section).stream().filter(line -> labels.stream().anyMatch(line::startsWith)).toList();
    }

    private static String afterIntroduction(String section) {
        return section.substring(section.indexOf("set forth below:") + "set forth below:".length());
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static DeterminationIssued seedDetermination() {
        String caseId = UUID.randomUUID().toString();
        ImrCase imrCase = SampleCases.seedCase(caseId);
        imrCase.setCaseNumber("CM15-0123456");
        imrCase.setDisputedItems(List.of(DisputedItem.newBuilder(imrCase.getDisputedItems().getFirst())
                .setClaimsAdministratorGuideline(CLAIMS_ADMINISTRATOR_GUIDELINE).build()));
        return DeterminationIssued.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "determination-service", 1))
                .setImrCase(imrCase)
                .setReviewer(new ReviewerCredentials("RV-0001", List.of("California", "Hawaii"),
                        "Physical Medicine & Rehabilitation"))
                .setAssignedAt(Instant.parse("2015-06-24T17:00:00Z"))
                .setDecisions(List.of(new ItemDecision(1, "Occupational therapy, bilateral wrists, 2 x 4",
                        DecisionOutcome.OVERTURNED, CITATION, seedRationale(), "mtus-cp-physical-medicine", "1", DraftReview.KEPT)))
                .setGuidelineSetVersion("test")
                .build();
    }

    /** The seed's rationale, as the expert reviewer wrote it (read from the seed so that it is stated once). */
    private static String seedRationale() {
        try {
            return PublishedLetterParser.items(afterIntroduction(LetterText.section(seedLetter(), ISSUES)))
                    .getFirst().rationale();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The seed letter's printed lines: the seed is a text extraction with an empty line after every printed line,
     * and a line holding a single space where the letter leaves a blank line.
     */
    private static String seedLetter() throws IOException {
        return Files.readString(SEED_LETTER, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n\n", "\n");
    }
}
