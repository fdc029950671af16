package org.imr.assignment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.imr.schemas.ServiceType;

/** Reviewers and cases for the domain tests. */
final class Fixtures {

    static final String PMR = "Physical Medicine & Rehabilitation";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private Fixtures() {
    }

    static Reviewer reviewer(String id, String... specialties) {
        return new Reviewer(id, List.of(specialties), List.of(new Licence("California", null)), 40, 10, Set.of(), true, 25);
    }

    static Reviewer withLicences(Reviewer r, Licence... licences) {
        return new Reviewer(r.reviewerId(), r.specialties(), List.of(licences), r.weeklyPracticeHours(), r.yearsInPractice(),
                r.affiliations(), r.active(), r.caseCapacity());
    }

    static Reviewer withAffiliations(Reviewer r, String... affiliations) {
        return new Reviewer(r.reviewerId(), r.specialties(), r.licences(), r.weeklyPracticeHours(), r.yearsInPractice(),
                Set.of(affiliations), r.active(), r.caseCapacity());
    }

    static Reviewer withPractice(Reviewer r, int hours, int years) {
        return new Reviewer(r.reviewerId(), r.specialties(), r.licences(), hours, years, r.affiliations(), r.active(),
                r.caseCapacity());
    }

    static Reviewer withCapacity(Reviewer r, boolean active, int capacity) {
        return new Reviewer(r.reviewerId(), r.specialties(), r.licences(), r.weeklyPracticeHours(), r.yearsInPractice(),
                r.affiliations(), active, capacity);
    }

    static Reviewer withLeave(Reviewer r, Leave... leave) {
        return new Reviewer(r.reviewerId(), r.specialties(), r.licences(), r.weeklyPracticeHours(), r.yearsInPractice(),
                r.affiliations(), r.active(), r.caseCapacity(), List.of(leave));
    }

    /** An occupational therapy case with a party of every kind. */
    static CaseProfile therapyCase(String caseId) {
        return therapyCase(caseId, "worker-1", ServiceType.OCCUPATIONAL_THERAPY);
    }

    static CaseProfile therapyCase(String caseId, String workerKey, ServiceType... services) {
        return CaseProfile.of(caseId, "California", TODAY, List.of(
                CaseParty.of(PartyKind.EMPLOYEE, "Sample Worker"),
                CaseParty.of(PartyKind.EMPLOYEE_ATTORNEY, "Counsel & Partners LLP"),
                CaseParty.of(PartyKind.EMPLOYER, "Central Valley Packing Co."),
                CaseParty.of(PartyKind.CLAIMS_ADMINISTRATOR, "Golden State Claims Services"),
                CaseParty.of(PartyKind.TREATING_PROVIDER, "Dr. Requesting Physician"),
                CaseParty.of(PartyKind.PROVIDER_GROUP, "Valley Spine and Pain Medical Group"),
                CaseParty.of(PartyKind.FACILITY, "Fresno Surgery Center"),
                CaseParty.of(PartyKind.DRUG_OR_DEVICE_MAKER, "Acme Pharma Inc.")), Set.of(services), workerKey);
    }
}
