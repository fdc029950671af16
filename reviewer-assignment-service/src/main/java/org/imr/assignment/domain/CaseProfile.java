package org.imr.assignment.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imr.schemas.ServiceType;

/**
 * What eligibility needs to know of a case: where it is decided, on which date (licences must be valid then), who the
 * parties are (normalised name to kind), what is disputed and for which worker (no repeat reviewer for the same
 * treatment of the same worker; null when the worker cannot be told).
 */
public record CaseProfile(String caseId, String jurisdictionState, LocalDate assignmentDate,
        Map<String, PartyKind> partiesByName, Set<ServiceType> disputedServices, String workerKey) {

    public CaseProfile {
        partiesByName = Map.copyOf(partiesByName);
        disputedServices = Set.copyOf(disputedServices);
    }

    public static CaseProfile of(String caseId, String jurisdictionState, LocalDate assignmentDate, List<CaseParty> parties,
            Set<ServiceType> disputedServices, String workerKey) {
        Map<String, PartyKind> kinds = new HashMap<>();
        parties.stream().filter(p -> !p.normalisedName().isEmpty())
                .forEach(party -> kinds.putIfAbsent(party.normalisedName(), party.kind()));
        return new CaseProfile(caseId, jurisdictionState, assignmentDate, kinds, disputedServices, workerKey);
    }
}
