package org.imr.determination.guideline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

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
 * @param dateOfInjury      date of the industrial injury, or null
 * @param urDenialDate      date of the utilization review decision disputed, or null
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
        LocalDate receivedDate,
        LocalDate dateOfInjury,
        LocalDate urDenialDate) {

    /** A case file without the dates of the injury and of the utilization review. */
    public CaseFile(List<String> diagnoses, List<String> treatmentsToDate, List<String> currentComplaints,
            Integer painRating, LocalDate progressNoteDate, String progressNotePlan, String clinicalSummary,
            List<PriorTreatmentCourse> priorTreatments, List<DisputedTreatment> disputedItems,
            LocalDate receivedDate) {
        this(diagnoses, treatmentsToDate, currentComplaints, painRating, progressNoteDate, progressNotePlan,
                clinicalSummary, priorTreatments, disputedItems, receivedDate, null, null);
    }

    /** A case file without a received date: rules cite the first edition of their guideline. */
    public CaseFile(List<String> diagnoses, List<String> treatmentsToDate, List<String> currentComplaints,
            Integer painRating, LocalDate progressNoteDate, String progressNotePlan, String clinicalSummary,
            List<PriorTreatmentCourse> priorTreatments, List<DisputedTreatment> disputedItems) {
        this(diagnoses, treatmentsToDate, currentComplaints, painRating, progressNoteDate, progressNotePlan,
                clinicalSummary, priorTreatments, disputedItems, null, null, null);
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
                clinicalSummary, priorTreatments, disputedItems, receivedDate, dateOfInjury, urDenialDate);
    }

    /**
     * The date the request is dated by: that of the latest progress note, else of the utilization review decision,
     * else of the application; null when none is known.
     */
    public LocalDate requestDate() {
        return progressNoteDate != null ? progressNoteDate : urDenialDate != null ? urDenialDate : receivedDate;
    }

    /**
     * Days from the injury to the request: to the latest progress note, else to the utilization review decision,
     * else to the application; empty when the date of injury or every later date is unknown. Chronic pain is pain
     * of three months or more; the special-studies sections of the MTUS (ACOEM) count weeks of conservative care and
     * observation from the injury.
     */
    public OptionalLong injuryAgeDays() {
        LocalDate requestDate = requestDate();
        if (dateOfInjury == null || requestDate == null || requestDate.isBefore(dateOfInjury)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(dateOfInjury, requestDate));
    }
}
