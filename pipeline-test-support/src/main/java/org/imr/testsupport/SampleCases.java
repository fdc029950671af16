package org.imr.testsupport;

import java.time.LocalDate;
import java.util.List;

import org.imr.schemas.DisputedItem;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Party;
import org.imr.schemas.PartyRole;
import org.imr.schemas.Priority;
import org.imr.schemas.ProgressNote;
import org.imr.schemas.ServiceType;
import org.imr.schemas.Sex;

/** Cases as intake publishes them, built from the facts of the seed letter, for service tests. */
public final class SampleCases {

    public static final String EMPLOYER = "Central Valley Packing Co.";
    public static final String CLAIMS_ADMINISTRATOR = "Golden State Claims Services";

    private SampleCases() {
    }

    /** The seed letter's case: occupational therapy, bilateral wrists, 2 x 4, no prior therapy. */
    public static ImrCase seedCase(String caseId) {
        return ImrCase.newBuilder()
                .setCaseId(caseId)
                .setApplicationId("APP-" + caseId)
                .setPriority(Priority.STANDARD)
                .setApplicationReceivedDate(LocalDate.of(2015, 6, 25))
                .setUrDenialDate(LocalDate.of(2015, 6, 12))
                .setDateOfInjury(LocalDate.of(2013, 1, 9))
                .setParties(List.of(
                        new Party(PartyRole.EMPLOYEE, "Sample Worker", null, null, null, null),
                        new Party(PartyRole.EMPLOYER, EMPLOYER, null, null, null, null),
                        new Party(PartyRole.CLAIMS_ADMINISTRATOR, CLAIMS_ADMINISTRATOR, null, null, null, null),
                        new Party(PartyRole.TREATING_PROVIDER, "Dr. Requesting Physician", "Valley Spine and Pain Medical Group",
                                "Pain Management", null, null)))
                .setWorkerAge(57)
                .setWorkerSex(Sex.MALE)
                .setDiagnoses(List.of("clinically consistent lumbar radiculopathy", "low back pain", "sacroiliitis",
                        "lumbar facet pain", "bilateral carpal tunnel syndrome"))
                .setTreatmentsToDate(List.of("medications", "a home exercise program"))
                .setDiagnosticStudies(List.of())
                .setCurrentComplaints(List.of("lower back pain", "bilateral hand pain"))
                .setPainRating(7)
                .setLatestProgressNote(new ProgressNote(LocalDate.of(2015, 5, 29),
                        "occupational therapy to the bilateral wrists and hands", null))
                .setPriorTreatments(List.of())
                .setDisputedItems(List.of(DisputedItem.newBuilder()
                        .setItemNumber(1)
                        .setDescription("Occupational therapy, bilateral wrists, 2 x 4")
                        .setServiceType(ServiceType.OCCUPATIONAL_THERAPY)
                        .setBodyRegion("bilateral wrists")
                        .setFrequencyPerWeek(2)
                        .setDurationWeeks(4)
                        .setClaimsAdministratorGuideline("MTUS Chronic Pain Treatment Guidelines Physical medicine")
                        .build()))
                .build();
    }

    /** The seed case with its disputed item replaced by one of another kind of service. */
    public static ImrCase withService(String caseId, ServiceType service, String description) {
        ImrCase imrCase = seedCase(caseId);
        DisputedItem item = DisputedItem.newBuilder(imrCase.getDisputedItems().getFirst())
                .setServiceType(service)
                .setDescription(description)
                .setFrequencyPerWeek(null)
                .setDurationWeeks(null)
                .build();
        imrCase.setDisputedItems(List.of(item));
        return imrCase;
    }
}
