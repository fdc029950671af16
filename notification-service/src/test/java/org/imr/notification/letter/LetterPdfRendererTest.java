package org.imr.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterPdfRendererTest {

    private final LetterRenderer text = new LetterRenderer();
    private final LetterPdfRenderer pdf = new LetterPdfRenderer();

    @Test
    void printsTheTextLettersWordsLineForLine() throws IOException {
        String letter = text.render(SeedCase.letter());

        try (PDDocument document = Loader.loadPDF(pdf.render(letter, "CM15-0123456", ReviewOrganisation.MAXIMUS_FEDERAL_SERVICES))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("IMR Final Determination CM15-0123456");
            assertThat(bodyLines(document)).containsExactlyElementsOf(printedLines(letter));
        }
    }

    @Test
    void putsTheOrganisationAndCaseNumberAtopEveryPageAndNumbersThePages() throws IOException {
        List<DisputedItemDecision> items = Collections.nCopies(6, SeedCase.item());
        String letter = text.render(SeedCase.letter(SeedCase.CLINICAL_SUMMARY, items));

        try (PDDocument document = Loader.loadPDF(pdf.render(letter, "CM15-0123456",
                new ReviewOrganisation("Golden State Review Organization", "GSRO", "PO Box 1, Sacramento, CA 95814")))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                assertThat(pageText(document, page))
                        .contains("Golden State Review Organization")
                        .contains("PO Box 1, Sacramento, CA 95814")
                        .contains("IMR Final Determination Case Number: CM15-0123456")
                        .contains("Page " + page + " of " + pages);
            }
            assertThat(bodyLines(document)).containsExactlyElementsOf(printedLines(letter));
        }
    }

    @Test
    void printsACharacterTheStandardFontsLackAsAQuestionMark() throws IOException {
        String letter = text.render(SeedCase.letter("Pain \u2264 7/10 \u2014 \u201cworse\u201d \u75db.", List.of(SeedCase.item())));

        try (PDDocument document = Loader.loadPDF(pdf.render(letter, "CM15-0123456", ReviewOrganisation.MAXIMUS_FEDERAL_SERVICES))) {
            assertThat(pageText(document, 1)).contains("Pain ? 7/10 \u2014 \u201cworse\u201d ?.");
        }
    }

    @Test
    void rendersAPageWithInkInTheBody() throws IOException {
        String letter = text.render(SeedCase.letter());

        try (PDDocument document = Loader.loadPDF(pdf.render(letter, "CM15-0123456", ReviewOrganisation.MAXIMUS_FEDERAL_SERVICES))) {
            BufferedImage image = new PDFRenderer(document).renderImage(0, 1f);
            long dark = 0;
            for (int y = image.getHeight() / 5; y < image.getHeight() * 4 / 5; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    dark += (image.getRGB(x, y) & 0xff) < 160 ? 1 : 0;
                }
            }
            assertThat(dark).isGreaterThan(5_000);
        }
    }

    private static List<String> bodyLines(PDDocument document) throws IOException {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            all.append(pageText(document, page)).append('\n');
        }
        return LetterText.lines(all.toString()).stream()
                .filter(line -> !line.isEmpty())
                .filter(line -> !line.contains("IMR Final Determination Case Number:"))
                .filter(line -> !line.startsWith("PO Box 1, Sacramento"))
                .filter(line -> !line.matches("Page \\d+ of \\d+"))
                .toList();
    }

    /** The letter's lines that print something, with runs of spaces as one, as text extraction reads them. */
    private static List<String> printedLines(String letter) {
        return LetterText.lines(letter).stream().filter(line -> !line.isEmpty())
                .map(line -> line.replaceAll(" {2,}", " ")).toList();
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("[ \\t]+", " ");
    }
}
