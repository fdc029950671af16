package org.imr.notification.letter;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The standard fonts, whose glyph set is WinAnsi. */
final class PdfFonts {
    private final PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final PDType1Font courierBold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
    private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font helveticaBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    PDType1Font monospaced() {
        return courier;
    }

    PDType1Font monospacedBold() {
        return courierBold;
    }

    PDType1Font regular() {
        return helvetica;
    }

    PDType1Font bold() {
        return helveticaBold;
    }

    float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /** The text with tabs as spaces and every character the font cannot encode as '?'. */
    String printable(PDType1Font font, String text) {
        String plain = text.replace('\t', ' ');
        try {
            font.encode(plain);
            return plain;
        } catch (IllegalArgumentException | IOException unencodable) {
            StringBuilder printable = new StringBuilder(plain.length());
            plain.codePoints().forEach(c -> printable.append(encodable(font, c) ? Character.toString(c) : "?"));
            return printable.toString();
        }
    }

    private static boolean encodable(PDType1Font font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
