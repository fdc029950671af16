package org.imr.determination.guideline;

import java.time.LocalDate;
import java.util.List;

/**
 * The clinical facts of one IMR case that the guideline rules read. Lists are copied, never null and
 * free of null elements. {@link #toString()} leaves out all clinical text.
 *
 * @param diagnoses         current diagnoses as the records state them
 * @param treatmentsToDate  treatments to date as the records state them
 * @param currentComplaints current complaints as the records state them
 * @param painRating        pain on a 0-10 scale, or null
 * @param progressNoteDate  date of the latest progress note, or null
 * @param progressNotePlan  plan of care of that note, or null
 * @param clinicalSummary   the case summary, or null
 * @param priorTreatments   courses of treatment already received
 * @param disputedItems     the items the expert review decides
 * @param receivedDate      date the application was received, which selects the guideline edition; or null
 */
public record CaseFile(
        List<String> diagnoses,
        List<String> treatmentsToDate,
        List<String> currentComplaints,
        Integer painRating,
        LocalDate progressNoteDate,
        String progressNotePlan,
        String clinicalSummary,
        List<PriorTreatmentCourse> priorTreatments,
        List<DisputedTreatment> disputedItems,
        LocalDate receivedDate) {

    /** A case file without a received date: rules cite the first edition of their guideline. */
    public CaseFile(List<String> diagnoses, List<String> treatmentsToDate, List<String> currentComplaints,
            Integer painRating, LocalDate progressNoteDate, String progressNotePlan, String clinicalSummary,
            List<PriorTreatmentCourse> priorTreatments, List<DisputedTreatment> disputedItems) {
        this(diagnoses, treatmentsToDate, currentComplaints, painRating, progressNoteDate, progressNotePlan,
                clinicalSummary, priorTreatments, disputedItems, null);
    }

    public CaseFile {
        diagnoses = CaseLists.copyWithoutNulls(diagnoses);
        treatmentsToDate = CaseLists.copyWithoutNulls(treatmentsToDate);
        currentComplaints = CaseLists.copyWithoutNulls(currentComplaints);
        priorTreatments = CaseLists.copyWithoutNulls(priorTreatments);
        disputedItems = CaseLists.copyWithoutNulls(disputedItems);
    }

    /** Counts only: the case file holds protected health information. */
    @Override
    public String toString() {
        return "CaseFile[diagnoses=" + diagnoses.size()
                + ", currentComplaints=" + currentComplaints.size()
                + ", priorTreatments=" + priorTreatments.size()
                + ", disputedItems=" + disputedItems.size() + "]";
    }

    /**
     * This case file with a procedure of the same application found medically necessary recorded as a planned
     * surgery, for deciding the services requested for it.
     */
    public CaseFile withPlannedSurgery(String procedure) {
        List<String> treatments = new java.util.ArrayList<>(treatmentsToDate);
        treatments.add("planned surgery: " + procedure);
        return new CaseFile(diagnoses, treatments, currentComplaints, painRating, progressNoteDate, progressNotePlan,
                clinicalSummary, priorTreatments, disputedItems, receivedDate);
    }
}
