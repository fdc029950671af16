package org.imr.notification.ineligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.imr.calendar.ImrCalendarDefaults;
import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.IneligibilityReason;
import org.imr.testsupport.SampleCases;
import org.junit.jupiter.api.Test;

class IneligibilityNoticeTest {

    private final IneligibilityNotice notice = new IneligibilityNotice("MAXIMUS Federal Services",
            ImrCalendarDefaults.deadlines());

    @Test
    void theNoticeGivesEveryReasonAndIsAddressedToEveryParty() {
        String text = notice.render(event(List.of(IneligibilityReason.SIGNATURE_MISSING,
                IneligibilityReason.NOT_FILED_WITHIN_WINDOW, IneligibilityReason.UR_DECISION_CONDITIONALLY_NON_CERTIFIED),
                false));

        assertThat(text).startsWith("NOTICE OF INELIGIBILITY FOR INDEPENDENT MEDICAL REVIEW")
                .contains("Date: 07/01/2015")
                .contains("Sample Worker (employee); " + SampleCases.EMPLOYER + " (employer)")
                .contains("- The application lacks the signature")
                .contains("- The application was not filed within 30 days")
                .contains("\"conditionally non-certified\"")
                .contains("The last day to file an application for the UR decision in question was 07/17/2015.")
                .doesNotContain("deferred");
    }

    @Test
    void disputedLiabilityDefersTheReview() {
        String text = notice.render(event(List.of(IneligibilityReason.LIABILITY_DISPUTED), true));

        assertThat(text).contains("review is deferred until that dispute is resolved")
                .contains("- The claims administrator disputes liability")
                .doesNotContain("The last day to file");
    }

    @Test
    void theNoticeIsDatedInCalifornia() {
        String text = notice.render(event(List.of(IneligibilityReason.SIGNATURE_MISSING), false,
                Instant.parse("2015-07-02T06:30:00Z")));

        assertThat(text).as("23:30 on 1 July in California").contains("Date: 07/01/2015");
    }

    private static CaseScreenedIneligible event(List<IneligibilityReason> reasons, boolean deferred) {
        return event(reasons, deferred, Instant.parse("2015-07-01T17:00:00Z"));
    }

    private static CaseScreenedIneligible event(List<IneligibilityReason> reasons, boolean deferred, Instant at) {
        String caseId = UUID.randomUUID().toString();
        EventEnvelope envelope = EventEnvelope.newBuilder().setEventId(UUID.randomUUID()).setCaseId(caseId)
                .setOccurredAt(at).setProducer("intake-service").build();
        return new CaseScreenedIneligible(envelope, SampleCases.seedCase(caseId), reasons, deferred,
                LocalDate.of(2015, 7, 17));
    }
}
