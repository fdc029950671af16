package org.imr.determination.guideline.facts;

/** The parts of a case file whose text the rules read. */
public enum CaseFileSection {
    DIAGNOSES("diagnosis"),
    CURRENT_COMPLAINTS("current complaint"),
    TREATMENTS_TO_DATE("treatment to date"),
    PROGRESS_NOTE_PLAN("plan of the latest progress note"),
    CLINICAL_SUMMARY("clinical summary");

    private final String inWords;

    CaseFileSection(String inWords) {
        this.inWords = inWords;
    }

    /** How a reader names the section, e.g. "current complaint". */
    public String inWords() {
        return inWords;
    }
}
