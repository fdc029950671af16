package org.imr.replay.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Neutral stand-ins for facts an IMR application needs but a published letter does not give (the parties are
 * redacted; age and sex are sometimes missing). Every stand-in text says it is a replay placeholder; the numbers are
 * documented here because a number cannot say so.
 */
final class ReplayPlaceholders {

    static final String MARK = "[replay placeholder]";
    /** Worker age when the summary does not state it. */
    static final int UNKNOWN_AGE = 40;
    static final String DIAGNOSES_NOT_LISTED = MARK + " diagnoses not listed apart from the clinical summary";

    private ReplayPlaceholders() {
    }

    static Map<String, Object> party(String role) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("name", MARK + " " + role);
        return party;
    }
}
