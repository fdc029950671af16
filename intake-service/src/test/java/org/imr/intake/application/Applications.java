package org.imr.intake.application;

import java.time.LocalDate;
import java.util.List;

import org.imr.intake.application.CaseApplication.Item;
import org.imr.intake.application.CaseApplication.Person;
import org.imr.intake.application.CaseApplication.Worker;
import org.imr.schemas.Priority;
import org.imr.schemas.ServiceType;
import org.imr.schemas.Sex;

/** Applications for unit tests: a complete, eligible one, and copies with one thing changed. */
public final class Applications {

    private Applications() {
    }

    public static CaseApplication eligible() {
        return new CaseApplication(" APP-1 ", null, null, Priority.STANDARD, LocalDate.of(2016, 11, 10),
                LocalDate.of(2016, 11, 3), LocalDate.of(2016, 10, 13), person("Worker"), person("Attorney"),
                person("Employer"), person("Claims Administrator"), List.of(person("Dr. Provider")),
                new Worker(44, Sex.FEMALE), List.of("cervical strain"), null, null, List.of("neck pain"), 6, null, null,
                null, List.of(new Item("Physical therapy, neck, 2 x 3", ServiceType.PHYSICAL_THERAPY, "neck", 2, 3, null, null),
                        new Item("MRI of the cervical spine", ServiceType.MRI, "cervical spine", null, null, 1, null)),
                true, null, true, null, null);
    }

    /** The same application with the screening's inputs replaced. */
    public static CaseApplication withScreening(CaseApplication a, Boolean signed, LocalDate urDecisionReceived,
            Boolean urDecisionAttached, Boolean conditionallyNonCertified, Boolean liabilityDisputed) {
        return new CaseApplication(a.applicationId(), a.caseNumber(), a.jurisdictionState(), a.priority(),
                a.applicationReceivedDate(), a.urDenialDate(), a.dateOfInjury(), a.employee(), a.employeeAttorney(),
                a.employer(), a.claimsAdministrator(), a.treatingProviders(), a.worker(), a.diagnoses(),
                a.treatmentsToDate(), a.diagnosticStudies(), a.currentComplaints(), a.painRating(),
                a.latestProgressNote(), a.priorTreatments(), a.clinicalSummary(), a.disputedItems(), signed,
                urDecisionReceived, urDecisionAttached, conditionallyNonCertified, liabilityDisputed);
    }

    /** The same application filed on another day, under another id, by someone else (or with other items). */
    public static CaseApplication refiled(CaseApplication a, String applicationId, Person attorney,
            LocalDate urDenialDate, List<Item> items) {
        return new CaseApplication(applicationId, a.caseNumber(), a.jurisdictionState(), a.priority(),
                a.applicationReceivedDate(), urDenialDate, a.dateOfInjury(), a.employee(), attorney, a.employer(),
                a.claimsAdministrator(), a.treatingProviders(), a.worker(), a.diagnoses(), a.treatmentsToDate(),
                a.diagnosticStudies(), a.currentComplaints(), a.painRating(), a.latestProgressNote(),
                a.priorTreatments(), a.clinicalSummary(), items, a.signed(), a.urDecisionReceivedDate(),
                a.urDecisionAttached(), a.urDecisionConditionallyNonCertified(), a.liabilityDisputed());
    }

    public static Person person(String name) {
        return new Person(name, null, null, null, null);
    }
}
