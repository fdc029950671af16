package org.imr.determination.guideline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.text.CharSpan;
import org.imr.determination.guideline.text.NormalizedText;

/**
 * The clinical text of a case file in pieces a fact can be located in: each diagnosis, complaint, treatment to date,
 * the plan of the latest progress note, and each sentence of the clinical summary.
 *
 * @param pieces the pieces in case-file order
 */
public record CaseText(List<Piece> pieces) {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.;])\\s+(?=[A-Z])");

    /**
     * @param where   where the piece is, in words, e.g. "clinical summary, sentence 4"
     * @param section the part of the case file it is in
     * @param entry   the entry of a list section it is, from 0 (0 for the plan and the summary)
     * @param offset  where the piece starts in that entry's text (a sentence's start in the summary; else 0)
     */
    public record Piece(String where, String text, NormalizedText words, CaseFileSection section, int entry, int offset) {

        /** Where in the case file the chars {@code span} of this piece's text are. */
        public TextLocation locate(CharSpan span) {
            CharSpan inEntry = span.shiftedBy(offset);
            return new TextLocation(section, entry, inEntry.start(), inEntry.end());
        }
    }

    public static CaseText of(CaseFile caseFile) {
        List<Piece> pieces = new ArrayList<>();
        add(pieces, CaseFileSection.DIAGNOSES, caseFile.diagnoses());
        add(pieces, CaseFileSection.CURRENT_COMPLAINTS, caseFile.currentComplaints());
        add(pieces, CaseFileSection.TREATMENTS_TO_DATE, caseFile.treatmentsToDate());
        if (caseFile.progressNotePlan() != null) {
            pieces.add(piece(CaseFileSection.PROGRESS_NOTE_PLAN.inWords(), caseFile.progressNotePlan(),
                    CaseFileSection.PROGRESS_NOTE_PLAN, 0, 0));
        }
        if (caseFile.clinicalSummary() != null) {
            addSentences(pieces, caseFile.clinicalSummary());
        }
        return new CaseText(List.copyOf(pieces));
    }

    private static void add(List<Piece> pieces, CaseFileSection section, List<String> texts) {
        for (int entry = 0; entry < texts.size(); entry++) {
            pieces.add(piece(section.inWords(), texts.get(entry), section, entry, 0));
        }
    }

    private static void addSentences(List<Piece> pieces, String summary) {
        Matcher breaks = SENTENCE_BREAK.matcher(summary);
        int start = 0;
        int sentence = 1;
        while (breaks.find()) {
            pieces.add(sentence(summary, start, breaks.start(), sentence++));
            start = breaks.end();
        }
        pieces.add(sentence(summary, start, summary.length(), sentence));
    }

    private static Piece sentence(String summary, int start, int end, int number) {
        return piece(CaseFileSection.CLINICAL_SUMMARY.inWords() + ", sentence " + number, summary.substring(start, end),
                CaseFileSection.CLINICAL_SUMMARY, 0, start);
    }

    private static Piece piece(String where, String text, CaseFileSection section, int entry, int offset) {
        return new Piece(where, text, NormalizedText.of(text), section, entry, offset);
    }
}
