package org.imr.assignment.domain;

/** One party of a case, by kind and name; the name is kept normalised only (names are PII: never logged). */
public record CaseParty(PartyKind kind, String normalisedName) {

    public static CaseParty of(PartyKind kind, String name) {
        return new CaseParty(kind, Names.normalised(name));
    }
}
