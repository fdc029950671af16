package org.imr.replay.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static org.imr.replay.support.TestLetters.letter;

class LetterParserTest {

    @Test
    void readsTheHeaderOfCM16_0213037() throws IOException {
        PublishedLetter letter = letter("CM16-0213037");
        assertThat(letter.caseNumber()).isEqualTo("CM16-0213037");
        assertThat(letter.dateAssigned()).isEqualTo(LocalDate.of(2016, 11, 9));
        assertThat(letter.dateOfInjury()).isEqualTo(LocalDate.of(2016, 10, 13));
        assertThat(letter.decisionDate()).isEqualTo(LocalDate.of(2016, 12, 9));
        assertThat(letter.urDenialDate()).isEqualTo(LocalDate.of(2016, 11, 3));
        assertThat(letter.applicationReceived()).isEqualTo(LocalDate.of(2016, 11, 3));
        assertThat(letter.priority()).isEqualTo("Standard");
    }

    @Test
    void readsTheClinicalSummaryWithoutTheLettersIntroductionOfCM16_0213037() throws IOException {
        String summary = letter("CM16-0213037").clinicalSummary();
        assertThat(summary).startsWith("The injured worker is a 48 year old male")
                .endsWith("was not medically necessary.")
                .doesNotContain("IMR ISSUES").doesNotContain("expert reviewer developed");
    }

    @Test
    void readsEachItemWithItsDecisionGuidelineAndRationaleOfCM16_0213037() throws IOException {
        PublishedLetter letter = letter("CM16-0213037");
        assertThat(letter.items()).extracting(LetterItem::description)
                .containsExactly("MRI of the right shoulder without contrast", "MRI of the cervical spine without contrast");
        assertThat(letter.items()).extracting(LetterItem::overturned).containsExactly(false, false);
        assertThat(letter.items().get(1).maximusGuideline()).isEqualTo(
                "Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies.");
        assertThat(letter.items().get(1).rationale()).startsWith("CA MTUS/ACOEM Guidelines state")
                .endsWith("is determined to be not medically necessary.");
    }

    @Test
    void readsAnOverturnedItemAfterAnUpheldOneOfCM16_0230548() throws IOException {
        PublishedLetter letter = letter("CM16-0230548");
        assertThat(letter.items()).extracting(LetterItem::decision).containsExactly("Upheld", "Overturned");
        assertThat(letter.items().get(1).description())
                .isEqualTo("Acupuncture 3 times a week for 2 weeks, neck, right hand and head");
        assertThat(letter.items().get(1).maximusGuideline()).isEqualTo("Decision based on MTUS Acupuncture Treatment 2007.");
    }

    @Test
    void readsAnItemPrintedRightUnderTheSectionIntroductionOfCM16_0240259() throws IOException {
        PublishedLetter letter = letter("CM16-0240259");
        assertThat(letter.items().get(0).description()).isEqualTo("EMG/NCS of the bilateral hand");
        assertThat(letter.items().get(0).overturned()).isTrue();
        assertThat(letter.items().get(0).maximusGuideline()).startsWith("Decision based on MTUS Elbow Complaints 2007");
    }

    @Test
    void namesWhatIsMissingFromATextThatIsNoLetter() {
        assertThatThrownBy(() -> new LetterParser().parse("note.txt", "Case Number: CM16-0000001\nnothing else"))
                .isInstanceOf(LetterParseException.class)
                .hasMessageContaining("note.txt").hasMessageContaining("CLINICAL CASE SUMMARY");
    }

    @Test
    void readsAHeadingWhoseDecisionIsPrintedOnTheNextLine_asInCM17_0002857() {
        String text = "Case Number:          CM17-0002857\nDate Assigned:        01/18/2017   Date of Injury:  10/05/2016\n"
                + "Decision Date:        02/21/2017   UR Denial Date:  01/04/2017\nPriority:  Standard  Application  01/12/2017\n"
                + "CLINICAL CASE SUMMARY\nmedical records:\n\nLow back pain.\n"
                + "IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed "
                + "items/services set forth below:\n\nPhysical therapy 6 sessions 2 times a week for 3 weeks to the lumbar "
                + "and cervical spine:\nUpheld\nClaims Administrator guideline: Decision based on MTUS.\n"
                + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical "
                + "medicine treatment.\n\nDecision rationale: Not shown. The request is not medically necessary.\n";
        PublishedLetter letter = new LetterParser().parse("CM17-0002857", text);
        assertThat(letter.items()).singleElement().satisfies(item -> {
            assertThat(item.description()).isEqualTo(
                    "Physical therapy 6 sessions 2 times a week for 3 weeks to the lumbar and cervical spine");
            assertThat(item.overturned()).isFalse();
            assertThat(item.maximusGuideline()).endsWith("Physical medicine treatment.");
        });
    }
}
