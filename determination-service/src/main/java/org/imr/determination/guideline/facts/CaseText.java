package org.imr.determination.guideline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.text.BodyRegionSites;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.vocabulary.ConceptKind;
import org.imr.determination.guideline.vocabulary.ServiceRequest;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * The clinical text of a case file as read for one disputed item, in pieces a fact can be located in: each diagnosis,
 * complaint, treatment to date, the plan of the latest progress note, and each sentence of the clinical summary, each
 * with the body regions it names; with the regions the item requests and the age of the injury at the request.
 *
 * @param pieces          the pieces in case-file order
 * @param requestedSites  the body regions the item requests; unknown when it names none
 * @param injuryAgeDays   days from the injury to the request, when the dates are known
 * @param request         the item read into concepts
 * @param vocabulary      the vocabulary the regions were read with, which says which regions a finding may concern
 */
public record CaseText(List<Piece> pieces, BodyRegionSites requestedSites, OptionalLong injuryAgeDays,
        ServiceRequest request, Vocabulary vocabulary) {

    private record Located(String where, String text) {
    }

    /** @param where where the piece is, e.g. "clinical summary, sentence 4" */
    public record Piece(String where, String text, NormalizedText words, BodyRegionSites sites) {
    }

    private static final String RETROSPECTIVE = "retrospective";

    public CaseText {
        pieces = List.copyOf(pieces);
    }

    /** The case file's text as read for the item. */
    public static CaseText of(CaseFile caseFile, DisputedTreatment item, Vocabulary vocabulary) {
        List<Located> located = new ArrayList<>();
        caseFile.diagnoses().forEach(text -> located.add(new Located("diagnosis", text)));
        caseFile.currentComplaints().forEach(text -> located.add(new Located("current complaint", text)));
        caseFile.treatmentsToDate().forEach(text -> located.add(new Located("treatment to date", text)));
        if (caseFile.progressNotePlan() != null) {
            located.add(new Located("plan of the latest progress note", caseFile.progressNotePlan()));
        }
        if (caseFile.clinicalSummary() != null) {
            String[] sentences = caseFile.clinicalSummary().split("(?<=[.;])\\s+(?=[A-Z])");
            for (int index = 0; index < sentences.length; index++) {
                located.add(new Located("clinical summary, sentence " + (index + 1), sentences[index]));
            }
        }
        List<Piece> pieces = located.stream()
                .map(piece -> new Piece(piece.where(), piece.text(), NormalizedText.of(piece.text()),
                        vocabulary.sitesIn(piece.text())))
                .toList();
        String requested = item.description() + (item.bodyRegion() == null ? "" : " " + item.bodyRegion());
        return new CaseText(pieces, vocabulary.sitesIn(requested), caseFile.injuryAgeDays(), vocabulary.read(item),
                vocabulary);
    }

    /**
     * Whether the piece names the kind of service requested, of the same body region and side when it names one: one of
     * its modalities, or, when the piece names no modality, one of its families ("an electrodiagnostic study" for
     * "EMG/NCS"); never for a retrospective request, whose service was already given.
     */
    public boolean namesRequestedService(Piece piece) {
        if (request.is(RETROSPECTIVE)
                || !(piece.sites().isUnknown() || requestedSites.isUnknown() || piece.sites().overlaps(requestedSites))) {
            return false;
        }
        Set<String> modalities = vocabulary.conceptsIn(piece.text(), ConceptKind.MODALITY);
        if (!modalities.isEmpty()) {
            return modalities.stream().anyMatch(request.modalities()::contains);
        }
        return vocabulary.conceptsIn(piece.text(), ConceptKind.FAMILY).stream().anyMatch(request.families()::contains);
    }

    /**
     * Whether a finding the piece states may concern the regions the item requests: the piece names no region, or one
     * the request may concern. "Fracture of the right foot" states no fracture of the elbow.
     */
    public boolean concernsRequest(Piece piece) {
        return vocabulary.mayConcern(piece.sites(), requestedSites);
    }
}
