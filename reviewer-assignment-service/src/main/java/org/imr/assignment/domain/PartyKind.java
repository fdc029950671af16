package org.imr.assignment.domain;

/** Every kind of party a reviewer must have no affiliation with, as the audit names it. */
public enum PartyKind {
    EMPLOYEE("the employee"),
    EMPLOYEE_ATTORNEY("the employee's attorney"),
    EMPLOYER("the employer"),
    CLAIMS_ADMINISTRATOR("the claims administrator"),
    TREATING_PROVIDER("the treating provider"),
    PROVIDER_GROUP("the provider group"),
    FACILITY("the facility"),
    DRUG_OR_DEVICE_MAKER("the drug or device maker"),
    OTHER("a party to the case");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
