package org.imr.assignment.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.imr.assignment.domain.CaseParty;
import org.imr.assignment.domain.CaseProfile;
import org.imr.assignment.domain.Names;
import org.imr.assignment.domain.PartyKind;
import org.imr.schemas.DisputedItem;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Party;
import org.imr.schemas.PartyRole;

/** A received case as eligibility sees it: every party by kind (a provider's organisation is its provider group). */
final class CaseProfiles {

    private CaseProfiles() {
    }

    static CaseProfile of(ImrCase imrCase, LocalDate assignmentDate) {
        List<CaseParty> parties = new ArrayList<>();
        for (Party party : imrCase.getParties()) {
            parties.add(CaseParty.of(kindOf(party.getRole()), party.getName()));
            if (party.getOrganization() != null) {
                parties.add(CaseParty.of(organisationKindOf(party.getRole()), party.getOrganization()));
            }
        }
        return CaseProfile.of(imrCase.getCaseId(), imrCase.getJurisdictionState(), assignmentDate, parties,
                imrCase.getDisputedItems().stream().map(DisputedItem::getServiceType).collect(Collectors.toSet()),
                workerKey(imrCase));
    }

    /** The worker: the employee's name with the date of injury; null when the case names no employee. */
    static String workerKey(ImrCase imrCase) {
        return imrCase.getParties().stream().filter(p -> p.getRole() == PartyRole.EMPLOYEE).findFirst()
                .map(p -> Names.normalised(p.getName()) + "|" + imrCase.getDateOfInjury()).orElse(null);
    }

    /**
     * The applicant whose applications may be consolidated to one reviewer: the worker (name and date of injury) with
     * the requesting physician (the first treating provider); null when either is not named.
     */
    static String consolidationKey(ImrCase imrCase) {
        String worker = workerKey(imrCase);
        String physician = imrCase.getParties().stream().filter(p -> p.getRole() == PartyRole.TREATING_PROVIDER)
                .map(p -> Names.normalised(p.getName())).filter(name -> !name.isEmpty()).findFirst().orElse(null);
        return worker == null || physician == null ? null : worker + "|" + physician;
    }

    private static PartyKind kindOf(PartyRole role) {
        return switch (role) {
            case EMPLOYEE -> PartyKind.EMPLOYEE;
            case EMPLOYEE_ATTORNEY -> PartyKind.EMPLOYEE_ATTORNEY;
            case EMPLOYER -> PartyKind.EMPLOYER;
            case CLAIMS_ADMINISTRATOR -> PartyKind.CLAIMS_ADMINISTRATOR;
            case TREATING_PROVIDER -> PartyKind.TREATING_PROVIDER;
            default -> PartyKind.OTHER;
        };
    }

    private static PartyKind organisationKindOf(PartyRole role) {
        return role == PartyRole.TREATING_PROVIDER ? PartyKind.PROVIDER_GROUP : kindOf(role);
    }
}
