package org.imr.determination.guideline.facts;

import java.util.ArrayList;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.text.NormalizedText;

/**
 * The clinical text of a case file in pieces a fact can be located in: each diagnosis, complaint, treatment to date,
 * the plan of the latest progress note, and each sentence of the clinical summary.
 *
 * @param pieces the pieces in case-file order
 */
public record CaseText(List<Piece> pieces) {

    /** @param where where the piece is, e.g. "clinical summary, sentence 4" */
    public record Piece(String where, String text, NormalizedText words) {
    }

    public static CaseText of(CaseFile caseFile) {
        List<Piece> pieces = new ArrayList<>();
        add(pieces, "diagnosis", caseFile.diagnoses());
        add(pieces, "current complaint", caseFile.currentComplaints());
        add(pieces, "treatment to date", caseFile.treatmentsToDate());
        if (caseFile.progressNotePlan() != null) {
            pieces.add(piece("plan of the latest progress note", caseFile.progressNotePlan()));
        }
        if (caseFile.clinicalSummary() != null) {
            String[] sentences = caseFile.clinicalSummary().split("(?<=[.;])\\s+(?=[A-Z])");
            for (int index = 0; index < sentences.length; index++) {
                pieces.add(piece("clinical summary, sentence " + (index + 1), sentences[index]));
            }
        }
        return new CaseText(List.copyOf(pieces));
    }

    private static void add(List<Piece> pieces, String kind, List<String> texts) {
        texts.forEach(text -> pieces.add(piece(kind, text)));
    }

    private static Piece piece(String where, String text) {
        return new Piece(where, text, NormalizedText.of(text));
    }
}
