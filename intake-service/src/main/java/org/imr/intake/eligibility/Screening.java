package org.imr.intake.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.imr.schemas.IneligibilityReason;

/** What screening found: no reasons means eligible; liability disputed alone means deferred. */
public record Screening(List<IneligibilityReason> reasons, LocalDate filingDeadline) {

    public Screening {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }

    public boolean deferred() {
        return reasons.equals(List.of(IneligibilityReason.LIABILITY_DISPUTED));
    }
}
