package org.imr.notification.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * The PDF of a letter: the plain-text letter ({@link LetterRenderer}) set line for line in a fixed-pitch font on US
 * Letter pages, so that its layout (the header block's columns, the centred headings, the wrapped paragraphs) is
 * the text letter's; headings centred in bold, the organisation (and its address when configured) and the case number
 * atop every page, "Page i of n" below.
 * Uses only the standard PDF fonts (nothing embedded); a character they cannot print becomes '?'.
 * Instances are stateless and safe to share between threads (each letter gets its own fonts: PDFBox's are not).
 */
public final class LetterPdfRenderer {

    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN = 54;
    private static final float BODY_TOP = PAGE.getHeight() - 78;
    private static final float BODY_BOTTOM = 60;
    private static final float FONT_SIZE = 8.6f;
    private static final float LEADING = 11.6f;
    /** The text letter's width in the fixed-pitch font, whose characters are 0.6 em wide. */
    private static final float COLUMN_WIDTH = LetterRenderer.DEFAULT_WRAP_WIDTH * 0.6f * FONT_SIZE;
    private static final int LINES_PER_PAGE = (int) ((BODY_TOP - BODY_BOTTOM) / LEADING) + 1;

    /** A letter at most {@link LetterRenderer#DEFAULT_WRAP_WIDTH} characters wide fits the page's width. */
    public byte[] render(String letterText, String caseNumber, ReviewOrganisation organisation) {
        List<List<String>> pages = paginate(letterText.lines().toList());
        PdfFonts fonts = new PdfFonts();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(16_384)) {
            document.getDocument().getTrailer().setItem(COSName.ID, idOf(letterText, caseNumber));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("IMR Final Determination " + caseNumber);
            info.setAuthor(organisation.name());
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    writeRunningHeadAndFoot(content, fonts, caseNumber, organisation, i + 1, pages.size());
                    writeBody(content, fonts, pages.get(i));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of letter " + caseNumber, e);
        }
    }

    /**
     * The file identifier (the trailer's /ID), derived from the letter rather than the clock as PDFBox would: the same
     * letter renders to the same bytes every time it is asked for.
     */
    private static COSArray idOf(String letterText, String caseNumber) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((caseNumber + "\n" + letterText).getBytes(StandardCharsets.UTF_8));
            COSString id = new COSString(Arrays.copyOf(digest, 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            return ids;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void writeRunningHeadAndFoot(PDPageContentStream content, PdfFonts fonts, String caseNumber,
            ReviewOrganisation organisation, int page, int pages) throws IOException {
        write(content, fonts, fonts.bold(), 10, MARGIN, PAGE.getHeight() - 42, organisation.name());
        if (organisation.address() != null) {
            write(content, fonts, fonts.regular(), 7.5f, MARGIN, PAGE.getHeight() - 53, organisation.address());
        }
        String right = "IMR Final Determination   Case Number: " + caseNumber;
        float rightWidth = fonts.width(fonts.regular(), 9, right);
        write(content, fonts, fonts.regular(), 9, PAGE.getWidth() - MARGIN - rightWidth, PAGE.getHeight() - 42, right);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, PAGE.getHeight() - 59);
        content.lineTo(PAGE.getWidth() - MARGIN, PAGE.getHeight() - 59);
        content.stroke();
        String foot = "Page " + page + " of " + pages;
        float footX = (PAGE.getWidth() - fonts.width(fonts.regular(), 8, foot)) / 2;
        write(content, fonts, fonts.regular(), 8, footX, 34, foot);
    }

    private static void writeBody(PDPageContentStream content, PdfFonts fonts, List<String> lines) throws IOException {
        float y = BODY_TOP;
        for (String line : lines) {
            if (isHeading(line)) {
                String heading = line.strip();
                float x = MARGIN + (COLUMN_WIDTH - fonts.width(fonts.monospacedBold(), FONT_SIZE, heading)) / 2;
                write(content, fonts, fonts.monospacedBold(), FONT_SIZE, x, y, heading);
            } else if (!line.isBlank()) {
                write(content, fonts, fonts.monospaced(), FONT_SIZE, MARGIN, y, line);
            }
            y -= LEADING;
        }
    }

    private static void write(PDPageContentStream content, PdfFonts fonts, PDType1Font font, float size, float x,
            float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(fonts.printable(font, text));
        content.endText();
    }

    /** Pages of lines; a page never starts with a blank line. */
    private static List<List<String>> paginate(List<String> lines) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String line : lines) {
            if (page.size() == LINES_PER_PAGE) {
                pages.add(page);
                page = new ArrayList<>();
            }
            if (!(page.isEmpty() && line.isBlank())) {
                page.add(line);
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** A centred section heading, such as "CLINICAL CASE SUMMARY". */
    static boolean isHeading(String line) {
        String text = line.strip();
        return line.startsWith(" ") && text.length() > 3 && text.chars().anyMatch(Character::isLetter)
                && text.equals(text.toUpperCase());
    }
}
