package org.imr.determination.guideline.facts;

/**
 * Where in a case file some words are: the section, its entry (the n-th diagnosis, complaint or treatment, from 0; 0
 * for the plan and the summary) and the chars of that entry's text, {@code [start, end)}.
 */
public record TextLocation(CaseFileSection section, int entry, int start, int end) {

    public TextLocation {
        if (entry < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("Not a place in a text: " + entry + " " + start + "-" + end);
        }
    }
}
