package org.imr.assignment.domain;

import java.util.Set;

import org.imr.schemas.ServiceType;

/** What eligibility needs to know of a case: where it is decided, who the parties are, what is disputed. */
public record CaseProfile(String caseId, String jurisdictionState, Set<String> partyNames, Set<ServiceType> disputedServices) {

    public CaseProfile {
        partyNames = Set.copyOf(partyNames);
        disputedServices = Set.copyOf(disputedServices);
    }
}
