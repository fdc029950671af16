package org.imr.intake.expedite;

import java.time.Clock;
import java.time.Instant;

import org.imr.calendar.ImrDeadlines;
import org.imr.intake.identity.FilingLedger;
import org.imr.intake.tracking.CaseTracking;
import org.imr.intake.tracking.CaseView;
import org.imr.intake.tracking.Stage;
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
 * Only a case intake found eligible can be converted, and only while it is not decided (case tracking's status): a
 * decided case has no clock left to shorten.
 */
@Service
public class CaseExpediting {

    private static final Logger log = LoggerFactory.getLogger(CaseExpediting.class);

    private final FilingLedger ledger;
    private final CaseTracking tracking;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final Clock clock;
    private final ImrDeadlines deadlines;

    CaseExpediting(FilingLedger ledger, CaseTracking tracking, EventPublisher publisher, Envelopes envelopes,
            Clock clock, ImrDeadlines deadlines) {
        this.ledger = ledger;
        this.tracking = tracking;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** The recomputed clocks, or why the case cannot be converted. */
    public Conversion expedite(String caseId, String certifiedBy, Instant certifiedAt) {
        if (!ledger.isEligibleCase(caseId)) {
            return new Conversion.NoEligibleCase();
        }
        if (tracking.find(caseId).map(CaseView::status).filter(CaseExpediting::isDecided).isPresent()) {
            return new Conversion.AlreadyDecided();
        }
        Instant from = certifiedAt == null ? clock.instant() : certifiedAt;
        ExpeditedClocks clocks = ExpeditedClocks.of(deadlines.convertedToExpedited(from));
        publisher.publish(Topics.CASE_EXPEDITED, caseId, new CaseExpedited(envelopes.forCase(caseId),
                certifiedBy.strip(), from, clocks.recordsDueAt(), clocks.determinationDueAt()));
        log.info("Case {} converted to expedited review", caseId);
        return new Conversion.Expedited(clocks);
    }

    private static boolean isDecided(Stage status) {
        return status == Stage.DECIDED || status == Stage.LETTER_ISSUED;
    }

    /** What a request for conversion came to. */
    public sealed interface Conversion {

        /** Converted, with these clocks. */
        record Expedited(ExpeditedClocks clocks) implements Conversion {
        }

        /** Intake has no eligible case with that id. */
        record NoEligibleCase() implements Conversion {
        }

        /** The case is decided already. */
        record AlreadyDecided() implements Conversion {
        }
    }
}
