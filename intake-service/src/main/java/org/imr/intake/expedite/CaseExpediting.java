package org.imr.intake.expedite;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.imr.calendar.ImrDeadlines;
import org.imr.intake.identity.FilingLedger;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Converts a regular case to expedited review once the treating physician certifies an imminent and serious threat
 * (8 CCR 9792.10.4(c)): publishes {@code imr.case-expedited} with the clocks recomputed from the certification.
 * Only a case intake found eligible can be converted.
 */
@Service
public class CaseExpediting {

    private static final Logger log = LoggerFactory.getLogger(CaseExpediting.class);

    private final FilingLedger ledger;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final Clock clock;
    private final ImrDeadlines deadlines;

    CaseExpediting(FilingLedger ledger, EventPublisher publisher, Envelopes envelopes, Clock clock,
            ImrDeadlines deadlines) {
        this.ledger = ledger;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** The recomputed clocks, or empty when no eligible case has this id. */
    public Optional<ExpeditedClocks> expedite(String caseId, String certifiedBy, Instant certifiedAt) {
        if (!ledger.isEligibleCase(caseId)) {
            return Optional.empty();
        }
        Instant from = certifiedAt == null ? clock.instant() : certifiedAt;
        ExpeditedClocks clocks = ExpeditedClocks.of(deadlines.convertedToExpedited(from));
        publisher.publish(Topics.CASE_EXPEDITED, caseId, new CaseExpedited(envelopes.forCase(caseId),
                certifiedBy.strip(), from, clocks.recordsDueAt(), clocks.determinationDueAt()));
        log.info("Case {} converted to expedited review", caseId);
        return Optional.of(clocks);
    }
}
