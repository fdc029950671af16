package org.imr.intake.tracking.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.imr.intake.accesslog.AccessLogEntry;
import org.imr.intake.accesslog.AccessLogPage;
import org.imr.intake.accesslog.AccessLogStore;
import org.imr.intake.tracking.Stage;
import org.imr.intake.tracking.TrackedCase;
import org.imr.intake.tracking.TrackingDatabaseHarness;
import org.imr.intake.tracking.TrackingEvents;
import org.imr.intake.tracking.store.TrackedCaseReader.CaseIdentity;
import org.imr.intake.tracking.store.TrackedCaseWriter;
import org.imr.kafka.PipelineMetrics;
import org.imr.kafka.PollHandler;
import org.imr.schemas.PhiAccessRecorded;
import org.imr.schemas.Priority;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.ReviewerStatus;
import org.imr.schemas.topics.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The feed applies each record once: a poll's rows and its partitions' offsets commit together, records below a stored
 * offset are passed over however often they come, and a poll whose transaction fails leaves nothing behind.
 */
class TrackingFeedTest {

    private static final Instant T0 = Instant.parse("2026-11-02T17:00:00Z");
    private static final String RECEIVED = Topics.CASE_RECEIVED.name();
    private static final String ASSIGNED = Topics.REVIEWER_ASSIGNED.name();

    private final TrackingDatabaseHarness database = TrackingDatabaseHarness.fresh();
    private final TrackingEvents events = new TrackingEvents("feed-1", "CM26-0000100", Priority.STANDARD);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CaseLatency latencyMetric = new CaseLatency(meters);
    private final List<String> deadLettered = new ArrayList<>();

    @Test
    void aPollReadAgainAndRecordsBelowTheStoredOffsetsAreAppliedOnce() {
        TrackingFeed feed = feed(database.writer());
        ConsumerRecord<String, Object> received = record(RECEIVED, 2, 0, events.received(T0, T0.plusSeconds(86_400)));
        ConsumerRecord<String, Object> assigned = record(ASSIGNED, 2, 5, events.assigned(T0.plusSeconds(60)));

        feed.applyEvents(List.of(received, assigned));
        feed.applyEvents(List.of(received, assigned));
        // offset 0 of that partition again, now carrying an event never seen: the offset says it was applied
        feed.applyEvents(List.of(record(RECEIVED, 2, 0, events.noEligibleReviewer(T0.plusSeconds(30)))));

        assertThat(stages()).containsExactlyInAnyOrder(Stage.RECEIVED, Stage.ELIGIBLE, Stage.ASSIGNED);
        assertThat(database.jdbc().queryForList("SELECT topic || '-' || partition || '@' || next_offset FROM feed_offset"
                + " ORDER BY topic", String.class)).containsExactly(RECEIVED + "-2@1", ASSIGNED + "-2@6");
    }

    @Test
    void aPollWhoseTransactionFailsLeavesNeitherRowsNorOffsetsAndIsAppliedWhenReadAgain() {
        List<ConsumerRecord<String, Object>> poll = List.of(
                record(RECEIVED, 1, 0, events.received(T0, T0.plusSeconds(86_400))),
                record(ASSIGNED, 1, 0, events.assigned(T0.plusSeconds(60))));
        TrackedCaseWriter failing = new TrackedCaseWriter(database.jdbc(), TrackingDatabaseHarness.POLICY) {
            @Override
            public void save(Collection<TrackedCase> cases) {
                super.save(cases);
                throw new IllegalStateException("the database went away after the rows were written");
            }
        };

        assertThatThrownBy(() -> feed(failing).applyEvents(poll)).isInstanceOf(IllegalStateException.class);
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM case_timeline", Long.class)).isZero();
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM feed_offset", Long.class)).isZero();

        feed(database.writer()).applyEvents(poll);

        assertThat(stages()).containsExactlyInAnyOrder(Stage.RECEIVED, Stage.ELIGIBLE, Stage.ASSIGNED);
    }

    @Test
    void theRosterKeepsEachReviewersLatestProfileWithoutTheNameAndATombstoneRemovesIt() {
        TrackingFeed feed = feed(database.writer());
        String roster = Topics.REVIEWER_ROSTER.name();

        feed.applyEvents(List.of(record(roster, 0, 0, reviewer("R-1", 25)), record(roster, 0, 1, reviewer("R-2", 10)),
                record(roster, 0, 2, reviewer("R-1", 30))));
        assertThat(database.jdbc().queryForList("SELECT reviewer_id || ':' || case_capacity FROM reviewer "
                + "ORDER BY reviewer_id", String.class)).containsExactly("R-1:30", "R-2:10");

        feed.applyEvents(List.of(record(roster, 0, 3, null)));

        assertThat(database.jdbc().queryForList("SELECT reviewer_id FROM reviewer", String.class))
                .containsExactly("R-1");
    }

    @Test
    void aDeadLetterIsCountedUnderItsTopicWithTheExceptionsClassOnly() {
        ConsumerRecord<String, byte[]> deadLetter = new ConsumerRecord<>(Topics.CASE_RECEIVED.deadLetterName(), 3, 7,
                "case-dead", "raw bytes".getBytes(StandardCharsets.UTF_8));
        deadLetter.headers().add(KafkaHeaders.DLT_EXCEPTION_FQCN,
                "org.springframework.kafka.support.serializer.DeserializationException".getBytes(StandardCharsets.UTF_8));

        feed(database.writer()).applyDeadLetters(List.of(deadLetter));
        feed(database.writer()).applyDeadLetters(List.of(deadLetter));

        assertThat(database.jdbc().queryForList("SELECT source_topic || ' ' || case_id || ' ' || reason FROM dead_letter",
                String.class)).containsExactly(RECEIVED + " case-dead DeserializationException");
    }

    @Test
    void aCasesFirstLetterRecordsItsLatencyFromReceiptOnceWhateverIsRedeliveredOrIssuedLater() {
        TrackingFeed feed = feed(database.writer());
        String letters = Topics.LETTER_ISSUED.name();
        ConsumerRecord<String, Object> received = record(RECEIVED, 0, 0, events.received(T0, T0.plusSeconds(86_400)));
        ConsumerRecord<String, Object> firstLetter = record(letters, 0, 0, events.letter(T0.plusSeconds(3 * 3600)));

        feed.applyEvents(List.of(received));
        assertThat(latency().count()).isZero();
        feed.applyEvents(List.of(firstLetter));
        feed.applyEvents(List.of(firstLetter));
        feed.applyEvents(List.of(record(letters, 0, 1, events.letter(T0.plusSeconds(5 * 3600)))));

        assertThat(latency().count()).isEqualTo(1);
        assertThat(latency().totalTime(TimeUnit.SECONDS)).isEqualTo(3 * 3600);
    }

    @Test
    void eachAccessRecordIsKeptOnceAndReadByItsCaseTheNewestFirstPageByPage() {
        TrackingFeed feed = feed(database.writer());
        String letterReads = Topics.LETTER_READ.name();
        TrackingEvents otherCase = new TrackingEvents("feed-2", "CM26-0000200", Priority.STANDARD);
        ConsumerRecord<String, Object> later =
                record(letterReads, 0, 1, events.letterRead(T0.plusSeconds(60), "b", "auditor"));

        feed.applyAccesses(List.of(record(letterReads, 0, 0, events.letterRead(T0, "a", "operations")), later,
                record(letterReads, 1, 0, otherCase.letterRead(T0.plusSeconds(30), "c", "auditor"))));
        feed.applyAccesses(List.of(later));
        // a later record of the same access (its event id) read again changes nothing either
        feed.applyAccesses(List.of(record(letterReads, 0, 2, later.value())));

        AccessLogPage all = accessLog().page(new CaseIdentity("feed-1", "CM26-0000100"), 0, 10);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.accesses()).extracting(AccessLogEntry::principal).containsExactly("b", "a");
        assertThat(all.accesses().getFirst()).satisfies(access -> {
            assertThat(access.role()).isEqualTo("auditor");
            assertThat(access.kind()).isEqualTo("LETTER");
            assertThat(access.version()).isEqualTo(1);
            assertThat(access.at()).isEqualTo(T0.plusSeconds(60));
        });
        AccessLogPage second = accessLog().page(new CaseIdentity("feed-1", "CM26-0000100"), 1, 1);
        assertThat(second.accesses()).extracting(AccessLogEntry::principal).containsExactly("a");
        assertThat(second.total()).isEqualTo(2);
        AccessLogPage pastTheEnd = accessLog().page(new CaseIdentity("feed-1", "CM26-0000100"), 5, 1);
        assertThat(pastTheEnd.accesses()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(2);
    }

    @Test
    void anAccessRecordedUnderItsCaseNumberIsInTheCasesLog() {
        PhiAccessRecorded byNumber = events.letterRead(T0, "early-reader", "none");
        byNumber.setCaseId("CM26-0000100");

        feed(database.writer()).applyAccesses(List.of(record(Topics.LETTER_READ.name(), 0, 0, byNumber)));

        assertThat(accessLog().page(new CaseIdentity("feed-1", "CM26-0000100"), 0, 10).accesses())
                .extracting(AccessLogEntry::principal).containsExactly("early-reader");
    }

    @Test
    void aRecordOfAnotherTypeGoesToItsDeadLetterTopicAndThePollGoesOn() {
        TrackingFeed feed = feed(database.writer());

        feed.applyEvents(List.of(record(RECEIVED, 0, 0, events.assigned(T0)),
                record(ASSIGNED, 0, 0, events.assigned(T0.plusSeconds(60)))));

        assertThat(deadLettered).containsExactly(RECEIVED + "@0 UnprocessableEventException");
        assertThat(stages()).containsExactly(Stage.ASSIGNED);
    }

    @Test
    void anAccessTopicsRecordOfAnotherTypeGoesToItsDeadLetterTopic() {
        feed(database.writer()).applyAccesses(List.of(record(Topics.DRAFT_READ.name(), 0, 4, events.assigned(T0))));

        assertThat(deadLettered).containsExactly(Topics.DRAFT_READ.name() + "@4 UnprocessableEventException");
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM phi_access", Long.class)).isZero();
    }

    private AccessLogStore accessLog() {
        return new AccessLogStore(database.jdbc());
    }

    private io.micrometer.core.instrument.Timer latency() {
        return meters.get(CaseLatency.NAME).timer();
    }

    private TrackingFeed feed(TrackedCaseWriter writer) {
        return new TrackingFeed(database.transactions(), new FeedOffsets(database.jdbc()), writer,
                database.projections(), new RosterTable(database.jdbc()), new DeadLetterTable(database.jdbc()),
                latencyMetric, accessLog(), new PollHandler((record, reason) -> deadLettered.add(record.topic() + "@"
                        + record.offset() + " " + reason.getClass().getSimpleName()), 3, PipelineMetrics.unregistered()));
    }

    private List<Stage> stages() {
        return database.jdbc().queryForList("SELECT stage FROM case_timeline", String.class).stream()
                .map(Stage::valueOf).toList();
    }

    private static ConsumerRecord<String, Object> record(String topic, int partition, long offset, Object value) {
        String key = value instanceof ReviewerRosterChanged change ? change.getReviewerId()
                : value == null ? "R-2" : "feed-1";
        return new ConsumerRecord<>(topic, partition, offset, T0.toEpochMilli(), TimestampType.CREATE_TIME, 0, 0, key,
                value, new RecordHeaders(), Optional.empty());
    }

    private ReviewerRosterChanged reviewer(String id, int capacity) {
        return ReviewerRosterChanged.newBuilder().setEnvelope(events.envelope(T0)).setReviewerId(id)
                .setName("Dr. Confidential").setSpecialties(List.of("Orthopedic Surgery"))
                .setLicensureStates(List.of("California")).setWeeklyPracticeHours(30).setYearsInPractice(12)
                .setAffiliations(List.of()).setStatus(ReviewerStatus.ACTIVE).setCaseCapacity(capacity).build();
    }
}
