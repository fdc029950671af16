package org.imr.intake.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.kafka.CatchUpLifecycle;
import org.imr.kafka.PollHandler;
import org.imr.schemas.ApplicationFiled;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Intake's durable memory, rebuilt from the {@code imr.application-filed} topic: which applications (case ids) were
 * filed, which treatments already went to IMR, and the gross and unique counts. Every instance reads every partition
 * from the beginning before it serves (start-up blocks until it reaches the end), then keeps reading, so it also sees
 * the filings of other instances. A filing of this instance is claimed at once, before its record comes back. A record
 * of the topic that is no filing is sent to {@code imr.application-filed-dlt} (by each instance that reads it), never
 * skipped silently.
 */
@Component
public class FilingLedger extends CatchUpLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FilingLedger.class);

    private final Set<String> claimedCaseIds = ConcurrentHashMap.newKeySet();
    private final Set<String> priorTreatments = ConcurrentHashMap.newKeySet();
    private final Set<String> eligibleCaseIds = ConcurrentHashMap.newKeySet();
    private final Set<String> uniqueOnLedger = ConcurrentHashMap.newKeySet();
    private final AtomicLong gross = new AtomicLong();
    private final PollHandler polls;

    public FilingLedger(ConsumerFactory<String, Object> consumers, PollHandler polls, MeterRegistry meters) {
        super(consumers, "intake-ledger", List.of(Topics.APPLICATION_FILED.name()));
        this.polls = polls;
        Gauge.builder("imr.intake.applications.gross", gross, AtomicLong::get)
                .description("Applications filed, duplicates included").register(meters);
        Gauge.builder("imr.intake.applications.unique", uniqueOnLedger, Set::size)
                .description("Distinct applications (one per case)").register(meters);
    }

    /** Claims the case for this filing; false when an application with the same identity was filed before. */
    public boolean claim(String caseId) {
        return claimedCaseIds.add(caseId);
    }

    /** Gives a claim back when the case could not be published, so that a retry is not taken for a duplicate. */
    public void release(String caseId) {
        claimedCaseIds.remove(caseId);
    }

    public boolean anyPriorImr(Collection<String> treatmentKeys) {
        return treatmentKeys.stream().anyMatch(priorTreatments::contains);
    }

    /** An eligible case goes to IMR: its treatments count as prior IMRs from now on. */
    public void recordImr(Collection<String> treatmentKeys) {
        priorTreatments.addAll(treatmentKeys);
    }

    /** A case this instance published as eligible (the ledger record follows). */
    public void recordEligibleCase(String caseId) {
        eligibleCaseIds.add(caseId);
    }

    /** Whether a case with this id was filed (eligible or not), by this instance or read from the ledger. */
    public boolean isFiled(String caseId) {
        return claimedCaseIds.contains(caseId);
    }

    public boolean isEligibleCase(String caseId) {
        return eligibleCaseIds.contains(caseId);
    }

    /** Undoes {@link #recordImr} when the case could not be published (those keys were new: it was eligible). */
    public void forgetImr(Collection<String> treatmentKeys) {
        priorTreatments.removeAll(treatmentKeys);
    }

    public Counts counts() {
        return new Counts(gross.get(), uniqueOnLedger.size());
    }

    /** Applications filed, duplicates included, and distinct applications, as read from the ledger topic. */
    public record Counts(long gross, long unique) {
    }

    void apply(ApplicationFiled filing, String caseId) {
        gross.incrementAndGet();
        uniqueOnLedger.add(caseId);
        claimedCaseIds.add(caseId);
        if (filing.getEligible() && !filing.getDuplicate()) {
            priorTreatments.addAll(filing.getTreatmentKeys());
            eligibleCaseIds.add(caseId);
        }
    }

    @Override
    protected void caughtUp() {
        log.info("Application ledger read: {} filings, {} unique", gross.get(), uniqueOnLedger.size());
    }

    /** A record that is no filing (undecodable, or of another type) goes to the ledger's dead-letter topic. */
    @Override
    protected void read(ConsumerRecord<String, Object> record) {
        polls.decoded(record, ApplicationFiled.class).ifPresent(filing -> apply(filing, record.key()));
    }

}
