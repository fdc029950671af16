package org.imr.intake.tracking.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.imr.intake.accesslog.AccessLogStore;
import org.imr.intake.tracking.CaseProjections;
import org.imr.intake.tracking.TrackedCase;
import org.imr.intake.tracking.store.TrackedCaseWriter;
import org.imr.kafka.PollHandler;
import org.imr.schemas.PhiAccessRecorded;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a poll of records to the tracking database in one database transaction with the partitions' next offsets
 * ({@link FeedOffsets}): the records below a partition's stored offset were applied already (by this instance before a
 * restart, or by another before a rebalance) and are passed over, so that each record is applied once whatever is
 * redelivered; and an event seen before (its id is in the case's timeline) changes nothing either. A record that
 * cannot be decoded, or is not of its topic's type, goes to the topic's dead-letter twin with the reason (as every
 * reader of a topic does, {@link PollHandler}); one that a projection cannot apply is passed over with its case id
 * and offset logged. Any failure of the database rolls the
 * whole poll back and throws: the poll is read again after a pause ({@link TrackingFeedConfiguration}).
 */
@Component
class TrackingFeed {

    private static final Logger log = LoggerFactory.getLogger(TrackingFeed.class);

    private final TransactionTemplate transactions;
    private final FeedOffsets offsets;
    private final TrackedCaseWriter cases;
    private final CaseProjections projections;
    private final RosterTable roster;
    private final DeadLetterTable deadLetters;
    private final CaseLatency latency;
    private final AccessLogStore accessLog;
    private final PollHandler polls;

    TrackingFeed(TransactionTemplate trackingTransactions, FeedOffsets offsets, TrackedCaseWriter cases,
            CaseProjections projections, RosterTable roster, DeadLetterTable deadLetters, CaseLatency latency,
            AccessLogStore accessLog, PollHandler polls) {
        this.transactions = trackingTransactions;
        this.offsets = offsets;
        this.cases = cases;
        this.projections = projections;
        this.roster = roster;
        this.deadLetters = deadLetters;
        this.latency = latency;
        this.accessLog = accessLog;
        this.polls = polls;
    }

    /** Case events and roster changes; the latency of each case lettered for the first time once they are committed. */
    void applyEvents(List<ConsumerRecord<String, Object>> records) {
        List<Duration> firstLetters = new ArrayList<>();
        inTransaction(records, fresh -> {
            Map<String, List<ConsumerRecord<String, Object>>> byCase = new LinkedHashMap<>();
            for (ConsumerRecord<String, Object> record : fresh) {
                if (record.topic().equals(Topics.REVIEWER_ROSTER.name())) {
                    applyRosterChange(record);
                } else if (record.key() == null) {
                    skipped(record, "no case id");
                } else {
                    polls.decoded(record, Topics.named(record.topic()).valueType())
                            .filter(event -> projections.tracks(event.getClass()))
                            .ifPresent(event -> byCase.computeIfAbsent(record.key(), id -> new ArrayList<>()).add(record));
                }
            }
            if (byCase.isEmpty()) {
                return;
            }
            Map<String, TrackedCase> loaded = cases.lockAndLoad(byCase.keySet());
            byCase.forEach((caseId, events) -> {
                TrackedCase trackedCase = loaded.get(caseId);
                boolean letterRead = events.stream().anyMatch(r -> r.topic().equals(Topics.LETTER_ISSUED.name()));
                boolean letteredBefore = letterRead && CaseLatency.lettered(trackedCase);
                events.forEach(record -> project(record, trackedCase));
                if (letterRead && !letteredBefore && CaseLatency.lettered(trackedCase)) {
                    CaseLatency.ofFirstLetter(trackedCase).ifPresent(firstLetters::add);
                }
            });
            cases.save(loaded.values());
        });
        firstLetters.forEach(latency::record);
    }

    /** Records of the PHI access topics: the auditor's access log (one that cannot be decoded is dead-lettered). */
    void applyAccesses(List<ConsumerRecord<String, Object>> records) {
        inTransaction(records, fresh -> accessLog.add(fresh.stream()
                .flatMap(record -> polls.decoded(record, PhiAccessRecorded.class).stream()).toList()));
    }

    /** Records of the dead-letter twins. */
    void applyDeadLetters(List<ConsumerRecord<String, byte[]>> records) {
        inTransaction(records, deadLetters::add);
    }

    private <V> void inTransaction(List<ConsumerRecord<String, V>> records,
            Consumer<List<ConsumerRecord<String, V>>> work) {
        if (records.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        records.forEach(r -> next.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
        transactions.executeWithoutResult(status -> {
            Map<TopicPartition, Long> stored = offsets.lock(next.keySet());
            List<ConsumerRecord<String, V>> fresh = records.stream()
                    .filter(r -> r.offset() >= stored.getOrDefault(new TopicPartition(r.topic(), r.partition()), 0L))
                    .toList();
            if (fresh.isEmpty()) {
                return;
            }
            work.accept(fresh);
            Map<TopicPartition, Long> advanced = new HashMap<>(next);
            advanced.replaceAll((partition, offset) -> Math.max(offset, stored.getOrDefault(partition, 0L)));
            offsets.advance(advanced);
        });
    }

    private void applyRosterChange(ConsumerRecord<String, Object> record) {
        if (record.value() instanceof ReviewerRosterChanged change) {
            roster.save(change);
        } else if (record.value() == null && record.headers().lastHeader(PollHandler.VALUE_DECODING_FAILED) == null
                && record.key() != null) {
            roster.remove(record.key()); // a tombstone: the reviewer left the roster
        } else {
            polls.decoded(record, ReviewerRosterChanged.class); // undecodable or another type: its dead-letter topic
        }
    }

    private void project(ConsumerRecord<String, Object> record, TrackedCase trackedCase) {
        try {
            projections.apply((SpecificRecord) record.value(), trackedCase);
        } catch (RuntimeException e) {
            skipped(record, e.getClass().getSimpleName());
        }
    }

    private static void skipped(ConsumerRecord<String, ?> record, String why) {
        log.warn("Case {}: record {}-{}@{} passed over by tracking ({})", record.key(), record.topic(),
                record.partition(), record.offset(), why);
    }
}
