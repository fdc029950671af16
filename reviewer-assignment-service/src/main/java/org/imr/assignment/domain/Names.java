package org.imr.assignment.domain;

import java.util.Locale;

/** Names compared for conflicts of interest: case, surrounding and repeated spaces ignored. */
public final class Names {

    private Names() {
    }

    public static String normalised(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
