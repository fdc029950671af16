package org.imr.assignment.domain;

import java.time.LocalDate;

/** A reviewer's leave, from its first to its last day inclusive: no case is assigned to the reviewer on these days. */
public record Leave(LocalDate start, LocalDate end) {

    public Leave {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a leave needs a start and an end not before it");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
