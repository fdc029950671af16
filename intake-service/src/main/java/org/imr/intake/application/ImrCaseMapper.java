package org.imr.intake.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.imr.intake.application.CaseApplication.Item;
import org.imr.intake.application.CaseApplication.Person;
import org.imr.schemas.DiagnosticStudy;
import org.imr.schemas.DisputedItem;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Party;
import org.imr.schemas.PartyRole;
import org.imr.schemas.PriorTreatment;
import org.imr.schemas.ProgressNote;

/** Turns an accepted application into the case carried by the pipeline's events. */
final class ImrCaseMapper {

    static final String DEFAULT_STATE = "California";

    private ImrCaseMapper() {
    }

    /** The case under the number intake allocated to it. */
    static ImrCase toCase(String caseId, String caseNumber, CaseApplication application) {
        return ImrCase.newBuilder()
                .setCaseId(caseId)
                .setApplicationId(application.applicationId().strip())
                .setCaseNumber(caseNumber)
                .setJurisdictionState(Objects.requireNonNullElse(application.jurisdictionState(), DEFAULT_STATE))
                .setPriority(application.priority())
                .setApplicationReceivedDate(application.applicationReceivedDate())
                .setUrDenialDate(application.urDenialDate())
                .setDateOfInjury(application.dateOfInjury())
                .setParties(parties(application))
                .setWorkerAge(application.worker().age())
                .setWorkerSex(application.worker().sex())
                .setDiagnoses(List.copyOf(application.diagnoses()))
                .setTreatmentsToDate(listOf(application.treatmentsToDate(), Function.identity()))
                .setDiagnosticStudies(listOf(application.diagnosticStudies(),
                        s -> new DiagnosticStudy(s.name(), s.performedOn(), s.availableForReview())))
                .setCurrentComplaints(listOf(application.currentComplaints(), Function.identity()))
                .setPainRating(application.painRating())
                .setLatestProgressNote(application.latestProgressNote() == null ? null
                        : new ProgressNote(application.latestProgressNote().date(),
                                application.latestProgressNote().plan(), application.latestProgressNote().text()))
                .setPriorTreatments(listOf(application.priorTreatments(), p -> new PriorTreatment(p.serviceType(),
                        p.bodyRegion(), p.sessionsCompleted(), p.functionalImprovementDocumented())))
                .setClinicalSummary(application.clinicalSummary())
                .setDisputedItems(items(application.disputedItems()))
                .setFormularyDrugDispute(Boolean.TRUE.equals(application.formularyDrugDispute()))
                .setRecordsNotifiedElectronically(Boolean.TRUE.equals(application.recordsNotifiedElectronically()))
                .build();
    }

    private static List<Party> parties(CaseApplication application) {
        List<Party> parties = new ArrayList<>();
        parties.add(party(PartyRole.EMPLOYEE, application.employee()));
        if (application.employeeAttorney() != null) {
            parties.add(party(PartyRole.EMPLOYEE_ATTORNEY, application.employeeAttorney()));
        }
        parties.add(party(PartyRole.EMPLOYER, application.employer()));
        parties.add(party(PartyRole.CLAIMS_ADMINISTRATOR, application.claimsAdministrator()));
        application.treatingProviders().forEach(p -> parties.add(party(PartyRole.TREATING_PROVIDER, p)));
        return parties;
    }

    private static Party party(PartyRole role, Person person) {
        return new Party(role, person.name().strip(), person.organization(), person.specialty(),
                person.mailingAddress(), person.email());
    }

    private static List<DisputedItem> items(List<Item> items) {
        List<DisputedItem> mapped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            mapped.add(DisputedItem.newBuilder()
                    .setItemNumber(i + 1)
                    .setDescription(item.description().strip())
                    .setServiceType(item.serviceType())
                    .setBodyRegion(item.bodyRegion())
                    .setFrequencyPerWeek(item.frequencyPerWeek())
                    .setDurationWeeks(item.durationWeeks())
                    .setQuantity(item.quantity())
                    .setClaimsAdministratorGuideline(item.claimsAdministratorGuideline())
                    .build());
        }
        return mapped;
    }

    private static <T, R> List<R> listOf(List<T> values, Function<T, R> mapping) {
        return values == null ? List.of() : values.stream().map(mapping).toList();
    }
}
