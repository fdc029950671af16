package org.imr.determination.guideline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.text.BodyRegionSites;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.TermPhrase;
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

    /** @param where where the piece is, e.g. "clinical summary, sentence 4" */
    public record Piece(String where, String text, NormalizedText words, BodyRegionSites sites) {
    }

    private static final String RETROSPECTIVE = "retrospective";
    private static final Pattern CLAUSE_BREAKS = Pattern.compile("[,;:()]");

    public CaseText {
        pieces = List.copyOf(pieces);
    }

    /** The case file's text as read for the item. */
    public static CaseText of(CaseFile caseFile, DisputedTreatment item, Vocabulary vocabulary) {
        List<String[]> located = new ArrayList<>();
        caseFile.diagnoses().forEach(text -> located.add(new String[] {"diagnosis", text}));
        caseFile.currentComplaints().forEach(text -> located.add(new String[] {"current complaint", text}));
        caseFile.treatmentsToDate().forEach(text -> located.add(new String[] {"treatment to date", text}));
        if (caseFile.progressNotePlan() != null) {
            located.add(new String[] {"plan of the latest progress note", caseFile.progressNotePlan()});
        }
        if (caseFile.clinicalSummary() != null) {
            String[] sentences = caseFile.clinicalSummary().split("(?<=[.;])\\s+(?=[A-Z])");
            for (int index = 0; index < sentences.length; index++) {
                located.add(new String[] {"clinical summary, sentence " + (index + 1), sentences[index]});
            }
        }
        List<Piece> pieces = located.stream()
                .map(piece -> new Piece(piece[0], piece[1], NormalizedText.of(piece[1]), vocabulary.sitesIn(piece[1])))
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
     * Whether a finding the piece states by one of the phrases may concern the regions the item requests: the regions
     * of the clause that states it (between commas, semicolons, colons or brackets), or when that clause names none,
     * those of the whole piece. "Pain in the right elbow, and fracture of the right foot" states no fracture of the
     * elbow.
     */
    public boolean concernsRequest(Piece piece, List<TermPhrase> phrases, boolean now) {
        boolean stated = false;
        for (String clause : CLAUSE_BREAKS.split(piece.text())) {
            if (NormalizedText.of(clause).affirmsAny(phrases, now)) {
                stated = true;
                BodyRegionSites sites = vocabulary.sitesIn(clause);
                if (vocabulary.mayConcern(sites.isUnknown() ? piece.sites() : sites, requestedSites)) {
                    return true;
                }
            }
        }
        return !stated && vocabulary.mayConcern(piece.sites(), requestedSites);
    }
}
