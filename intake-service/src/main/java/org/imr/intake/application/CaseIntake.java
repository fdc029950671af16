package org.imr.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.imr.calendar.ImrDeadlines;
import org.imr.calendar.ReviewTrack;
import org.imr.intake.eligibility.EligibilityRules;
import org.imr.intake.eligibility.Screening;
import org.imr.intake.expedite.ExpeditedClocks;
import org.imr.intake.identity.ApplicationIdentity;
import org.imr.intake.identity.FilingLedger;
import org.imr.kafka.Envelopes;
import org.imr.schemas.ApplicationFiled;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ImrCase;
import org.imr.schemas.Priority;
import org.imr.schemas.topics.Topics;
import org.springframework.stereotype.Service;

/**
 * Accepts validated applications in chunks: removes duplicate filings (one case per application identity), screens
 * eligibility, publishes each new case (eligible: {@code imr.case-received} with the assignment-notice due instant;
 * otherwise {@code imr.case-ineligible} with every reason), then records every filing on the ledger topic. The sends
 * of a chunk go out together and are awaited together; a case that could not be published is released for a retry.
 * An application certified as expedited has expedited clocks from filing, counted from the case event's occurred-at
 * (its receipt names them; case tracking computes the same from the event).
 */
@Service
public class CaseIntake {

    private final BatchPublisher publisher;
    private final Envelopes envelopes;
    private final FilingLedger ledger;
    private final EligibilityRules rules;
    private final ImrDeadlines deadlines;
    private final Clock clock;
    private final CaseNumbers caseNumbers;

    CaseIntake(BatchPublisher publisher, Envelopes envelopes, FilingLedger ledger, EligibilityRules rules,
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

    /** A chunk of applications, answered in order; a receipt with {@code published == false} asks for a retry. */
    public List<Receipt> acceptAll(List<CaseApplication> applications) {
        List<Claimed> claimed = applications.stream().map(this::claim).toList();
        Map<String, String> numbers = allocateCaseNumbers(claimed);
        List<Pending> pending = claimed.parallelStream().map(c -> submit(c, numbers)).toList();
        List<Boolean> published = publisher.await(pending.stream().map(Pending::caseSend).toList());
        List<CompletableFuture<?>> filings = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (!published.get(i)) {
                undo(p);
                receipts.add(p.receipt().unpublished());
                continue;
            }
            if (p.screening() != null && p.screening().eligible()) {
                ledger.recordEligibleCase(p.identity().caseId());
            }
            filings.add(publisher.send(Topics.APPLICATION_FILED, p.identity().caseId(), filing(p)));
            receipts.add(p.receipt());
        }
        publisher.await(filings);
        return receipts;
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

    /** Maps and sends (serialising on the calling thread): safe in parallel, every case has its own id. */
    private Pending submit(Claimed claimed, Map<String, String> caseNumbers) {
        CaseApplication application = claimed.application();
        ApplicationIdentity identity = claimed.identity();
        String caseId = identity.caseId();
        Screening screening = claimed.screening();
        if (screening == null) {
            return new Pending(application, identity, null, CompletableFuture.completedFuture(null),
                    Receipt.duplicateOf(caseId));
        }
        String caseNumber = application.caseNumber() != null ? application.caseNumber() : caseNumbers.get(caseId);
        ImrCase imrCase = ImrCaseMapper.toCase(caseId, caseNumber, application);
        if (screening.eligible()) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant due = deadlines.assignmentNoticeDueAt(now);
            ExpeditedClocks expedited = application.priority() == Priority.EXPEDITED ? ExpeditedClocks.of(
                    deadlines.review(ReviewTrack.EXPEDITED, false, application.applicationReceivedDate(), now)) : null;
            EventEnvelope envelope = EventEnvelope.newBuilder(envelopes.forCase(caseId)).setOccurredAt(now).build();
            return new Pending(application, identity, screening, publisher.send(Topics.CASE_RECEIVED, caseId,
                    new CaseReceived(envelope, imrCase, due)), Receipt.eligible(caseId, caseNumber, due, expedited));
        }
        CaseScreenedIneligible ineligible = new CaseScreenedIneligible(envelopes.forCase(caseId), imrCase,
                screening.reasons(), screening.deferred(), screening.filingDeadline());
        return new Pending(application, identity, screening, publisher.send(Topics.CASE_INELIGIBLE, caseId, ineligible),
                Receipt.ineligible(caseId, caseNumber, screening));
    }

    /**
     * Numbers for the new cases of a chunk that bring none, allocated together (see {@link CaseNumbers}); when the
     * allocation fails, the chunk's claims are released and nothing of it is kept.
     */
    private Map<String, String> allocateCaseNumbers(List<Claimed> claimed) {
        try {
            return caseNumbers.allocateAll(claimed.stream()
                    .filter(c -> c.screening() != null && c.application().caseNumber() == null)
                    .map(c -> new CaseNumbers.Request(c.identity().caseId(), c.application().applicationId().strip(),
                            c.application().applicationReceivedDate()))
                    .toList());
        } catch (RuntimeException e) {
            claimed.forEach(c -> release(c.identity(), c.screening()));
            throw e;
        }
    }

    private void undo(Pending pending) {
        release(pending.identity(), pending.screening());
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
            CompletableFuture<?> caseSend, Receipt receipt) {
    }
}
