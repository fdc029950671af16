package org.imr.determination.workbench;

import java.util.List;

import org.imr.schemas.CaseFileSection;
import org.imr.schemas.ImrCase;

/** The text of each section of a case file, as the engine read it (the evidence's places point into it). */
final class CaseFileText {

    private CaseFileText() {
    }

    /** The section's entries: one per diagnosis, complaint or treatment; the plan or summary alone; none if absent. */
    static List<String> entries(ImrCase imrCase, CaseFileSection section) {
        return switch (section) {
            case DIAGNOSES -> imrCase.getDiagnoses();
            case CURRENT_COMPLAINTS -> imrCase.getCurrentComplaints();
            case TREATMENTS_TO_DATE -> imrCase.getTreatmentsToDate();
            case PROGRESS_NOTE_PLAN -> imrCase.getLatestProgressNote() == null
                    || imrCase.getLatestProgressNote().getPlan() == null
                    ? List.of() : List.of(imrCase.getLatestProgressNote().getPlan());
            case CLINICAL_SUMMARY -> imrCase.getClinicalSummary() == null ? List.of() : List.of(imrCase.getClinicalSummary());
            case UNKNOWN -> List.of();
        };
    }

    /** How the page heads a section. */
    static String title(CaseFileSection section) {
        return switch (section) {
            case DIAGNOSES -> "Diagnoses";
            case CURRENT_COMPLAINTS -> "Current complaints";
            case TREATMENTS_TO_DATE -> "Treatments to date";
            case PROGRESS_NOTE_PLAN -> "Plan of the latest progress note";
            case CLINICAL_SUMMARY -> "Clinical summary";
            case UNKNOWN -> "Other";
        };
    }
}
