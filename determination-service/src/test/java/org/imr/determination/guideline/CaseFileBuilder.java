package org.imr.determination.guideline;

import java.util.ArrayList;
import java.util.List;
import org.imr.schemas.ServiceType;

/** Builds case files for tests, with only the facts a test cares about. */
public final class CaseFileBuilder {

    private final List<String> diagnoses = new ArrayList<>();
    private final List<String> complaints = new ArrayList<>();
    private final List<String> treatmentsToDate = new ArrayList<>();
    private final List<PriorTreatmentCourse> priorTreatments = new ArrayList<>();
    private final List<DisputedTreatment> items = new ArrayList<>();
    private String summary;

    public static CaseFileBuilder aCase() {
        return new CaseFileBuilder();
    }

    public CaseFileBuilder diagnoses(String... values) {
        diagnoses.addAll(List.of(values));
        return this;
    }

    public CaseFileBuilder complaints(String... values) {
        complaints.addAll(List.of(values));
        return this;
    }

    public CaseFileBuilder treatmentsToDate(String... values) {
        treatmentsToDate.addAll(List.of(values));
        return this;
    }

    /** The clinical summary, the text a letter's reviewer writes (prior courses then read from it). */
    public CaseFileBuilder summary(String text) {
        summary = text;
        return this;
    }

    public CaseFileBuilder priorCourse(ServiceType type, String region, Integer sessions, Boolean improvement) {
        priorTreatments.add(new PriorTreatmentCourse(type, region, sessions, improvement));
        return this;
    }

    /** A therapy item requested as frequency per week x weeks. */
    public CaseFileBuilder weeklyItem(String description, ServiceType type, String region, int perWeek, int weeks) {
        items.add(new DisputedTreatment(items.size() + 1, description, type, region, perWeek, weeks, null));
        return this;
    }

    /** An item requested as a number of visits. */
    public CaseFileBuilder quantityItem(String description, ServiceType type, String region, Integer quantity) {
        items.add(new DisputedTreatment(items.size() + 1, description, type, region, null, null, quantity));
        return this;
    }

    /** An item as another case file disputes it, numbered in this one. */
    public CaseFileBuilder item(DisputedTreatment item) {
        items.add(new DisputedTreatment(items.size() + 1, item.description(), item.serviceType(), item.bodyRegion(),
                item.frequencyPerWeek(), item.durationWeeks(), item.quantity()));
        return this;
    }

    public CaseFile build() {
        return new CaseFile(diagnoses, treatmentsToDate, complaints, null, null, null, summary, priorTreatments, items);
    }
}
