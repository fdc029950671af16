package org.imr.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.imr.calendar.ImrDeadlines;
import org.imr.calendar.ReviewTrack;
import org.imr.intake.eligibility.EligibilityRules;
import org.imr.intake.eligibility.Screening;
import org.imr.intake.expedite.ExpeditedClocks;
import org.imr.intake.identity.ApplicationIdentity;
import org.imr.intake.identity.FilingLedger;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.ApplicationFiled;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Accepts validated applications in chunks: removes duplicate filings (one case per application identity), screens
 * eligibility, publishes each new case (eligible: {@code imr.case-received} with the assignment-notice due instant;
 * otherwise {@code imr.case-ineligible} with every reason) and records every filing on the ledger topic, all in one
 * Kafka transaction per chunk; a chunk that could not be published is released for a retry.
 * An application certified as expedited has expedited clocks from filing, counted from the case event's occurred-at
 * (its receipt names them; case tracking computes the same from the event).
 */
@Service
public class CaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final FilingLedger ledger;
    private final EligibilityRules rules;
    private final ImrDeadlines deadlines;
    private final Clock clock;
    private final CaseNumbers caseNumbers;

    CaseIntake(EventPublisher publisher, Envelopes envelopes, FilingLedger ledger, EligibilityRules rules,
            ImrDeadlines deadlines, Clock clock, CaseNumbers caseNumbers) {
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.ledger = ledger;
        this.rules = rules;
        this.deadlines = deadlines;
        this.clock = clock;
        this.caseNumbers = caseNumbers;
    }

    /** One application, answered once the broker has acknowledged it. */
    public Receipt accept(CaseApplication application) {
        return acceptAll(List.of(application)).getFirst();
    }

    /**
     * A chunk of applications, answered in order, published in one Kafka transaction: its case numbers, cases and
     * ledger records all commit or none does. When the transaction fails, every claim of the chunk is released and
     * every receipt says {@code published == false} (nothing kept: submit again).
     */
    public List<Receipt> acceptAll(List<CaseApplication> applications) {
        List<Claimed> claimed = applications.stream().map(this::claim).toList();
        List<Pending> pending;
        try {
            pending = publisher.inTransaction(() -> publish(claimed));
        } catch (RuntimeException e) {
            log.warn("A chunk of {} application(s) could not be published ({}); nothing kept", claimed.size(),
                    e.getClass().getSimpleName());
            claimed.forEach(c -> release(c.identity(), c.screening()));
            return claimed.stream().map(c -> Receipt.unpublished(c.identity().caseId())).toList();
        }
        pending.stream().filter(p -> p.screening() != null && p.screening().eligible())
                .forEach(p -> ledger.recordEligibleCase(p.identity().caseId()));
        return pending.stream().map(Pending::receipt).toList();
    }

    private List<Pending> publish(List<Claimed> claimed) {
        Map<String, String> numbers = allocateCaseNumbers(claimed);
        List<Pending> pending = claimed.stream().map(c -> submit(c, numbers)).toList();
        pending.forEach(p -> publisher.send(Topics.APPLICATION_FILED, p.identity().caseId(), filing(p)));
        return pending;
    }

    /**
     * In order, so that the first of two filings of one application in a chunk is the case and the second the duplicate,
     * and so that of two applications for the same treatment the first is the IMR and the second the prior-IMR case.
     */
    private Claimed claim(CaseApplication application) {
        ApplicationIdentity identity = ApplicationIdentity.of(application);
        if (!ledger.claim(identity.caseId())) {
            return new Claimed(application, identity, null);
        }
        Screening screening = rules.screen(application, ledger.anyPriorImr(identity.treatmentKeys()));
        if (screening.eligible()) {
            ledger.recordImr(identity.treatmentKeys());
        }
        return new Claimed(application, identity, screening);
    }

    /** Maps and sends the case (in the chunk's transaction). */
    private Pending submit(Claimed claimed, Map<String, String> caseNumbers) {
        CaseApplication application = claimed.application();
        ApplicationIdentity identity = claimed.identity();
        String caseId = identity.caseId();
        Screening screening = claimed.screening();
        if (screening == null) {
            return new Pending(application, identity, null, Receipt.duplicateOf(caseId));
        }
        String caseNumber = caseNumbers.get(caseId);
        ImrCase imrCase = ImrCaseMapper.toCase(caseId, caseNumber, application);
        if (screening.eligible()) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant due = deadlines.assignmentNoticeDueAt(now);
            ExpeditedClocks expedited = application.priority() == Priority.EXPEDITED ? ExpeditedClocks.of(
                    deadlines.review(ReviewTrack.EXPEDITED, false, application.applicationReceivedDate(), now)) : null;
            EventEnvelope envelope = EventEnvelope.newBuilder(envelopes.forCase(caseId)).setOccurredAt(now).build();
            publisher.send(Topics.CASE_RECEIVED, caseId, new CaseReceived(envelope, imrCase, due));
            return new Pending(application, identity, screening, Receipt.eligible(caseId, caseNumber, due, expedited));
        }
        CaseScreenedIneligible ineligible = new CaseScreenedIneligible(envelopes.forCase(caseId), imrCase,
                screening.reasons(), screening.deferred(), screening.filingDeadline());
        publisher.send(Topics.CASE_INELIGIBLE, caseId, ineligible);
        return new Pending(application, identity, screening, Receipt.ineligible(caseId, caseNumber, screening));
    }

    /**
     * Numbers for the new cases of a chunk, allocated together (see {@link CaseNumbers}); a client never brings one
     * ({@link CaseApplication#caseNumber()} is refused).
     */
    private Map<String, String> allocateCaseNumbers(List<Claimed> claimed) {
        return caseNumbers.allocateAll(claimed.stream()
                .filter(c -> c.screening() != null)
                .map(c -> new CaseNumbers.Request(c.identity().caseId(), c.application().applicationId().strip(),
                        c.application().applicationReceivedDate()))
                .toList());
    }

    private void release(ApplicationIdentity identity, Screening screening) {
        if (screening == null) {
            return;
        }
        ledger.release(identity.caseId());
        if (screening.eligible()) {
            ledger.forgetImr(identity.treatmentKeys());
        }
    }

    private ApplicationFiled filing(Pending p) {
        boolean duplicate = p.screening() == null;
        boolean eligible = !duplicate && p.screening().eligible();
        return new ApplicationFiled(envelopes.forCase(p.identity().caseId()), p.application().applicationId().strip(),
                p.identity().fingerprint(), duplicate, eligible, eligible ? p.identity().treatmentKeys() : List.of());
    }

    private record Claimed(CaseApplication application, ApplicationIdentity identity, Screening screening) {
    }

    private record Pending(CaseApplication application, ApplicationIdentity identity, Screening screening,
            Receipt receipt) {
    }
}
