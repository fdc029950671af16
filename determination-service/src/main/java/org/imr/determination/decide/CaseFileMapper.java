package org.imr.determination.decide;

import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.PriorTreatmentCourse;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ProgressNote;

/** The case carried by the events to the facts the guideline engine reads. */
final class CaseFileMapper {

    private CaseFileMapper() {
    }

    static CaseFile toCaseFile(ImrCase imrCase) {
        ProgressNote note = imrCase.getLatestProgressNote();
        return new CaseFile(
                imrCase.getDiagnoses(),
                imrCase.getTreatmentsToDate(),
                imrCase.getCurrentComplaints(),
                imrCase.getPainRating(),
                note == null ? null : note.getDate(),
                note == null ? null : note.getPlan(),
                imrCase.getClinicalSummary(),
                imrCase.getPriorTreatments().stream()
                        .map(p -> new PriorTreatmentCourse(p.getServiceType(), p.getBodyRegion(), p.getSessionsCompleted(),
                                p.getFunctionalImprovementDocumented()))
                        .toList(),
                imrCase.getDisputedItems().stream()
                        .map(i -> new DisputedTreatment(i.getItemNumber(), i.getDescription(), i.getServiceType(),
                                i.getBodyRegion(), i.getFrequencyPerWeek(), i.getDurationWeeks(), i.getQuantity()))
                        .toList(),
                imrCase.getApplicationReceivedDate(),
                imrCase.getDateOfInjury(),
                imrCase.getUrDenialDate());
    }
}
