package org.imr.assignment.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Everything the writers of assignments published, and every determination, read from the topics' beginning to their
 * (committed) end: what a writer rebuilds its state from when it becomes the writer, or when a transaction of its
 * rolled back and its memory may be ahead of the topics. A record that is not an event of its topic is left out and
 * logged (topic and offset), not dead-lettered again at every rebuild: the topics' live readers dead-letter it.
 */
@Component
class AssignmentHistory {

    private static final Logger log = LoggerFactory.getLogger(AssignmentHistory.class);

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(120);

    private final ConsumerFactory<Object, Object> consumers;

    AssignmentHistory(ConsumerFactory<Object, Object> consumers) {
        this.consumers = consumers;
    }

    Snapshot read() {
        // the determinations first, and only their case ids (handed on as they are, not copied): a determined case's
        // assignment and waiting (each with its whole case file) are then not kept, so the heap holds the open cases,
        // not a year of them
        Set<String> determined = new HashSet<>();
        readAll(Topics.DETERMINATION_ISSUED, DeterminationIssued.class,
                determination -> determined.add(determination.getImrCase().getCaseId()));
        Map<String, ReviewerAssigned> latestOfOpen = new LinkedHashMap<>();
        int assignments = readAll(Topics.REVIEWER_ASSIGNED, ReviewerAssigned.class, event -> {
            if (!determined.contains(event.getImrCase().getCaseId())) {
                latestOfOpen.put(event.getImrCase().getCaseId(), event);
            }
        });
        List<ReviewerResponded> responses = new ArrayList<>();
        readAll(Topics.REVIEWER_RESPONSES, ReviewerResponded.class, responses::add);
        Map<String, NoEligibleReviewerFound> waiting = new LinkedHashMap<>();
        readAll(Topics.NO_ELIGIBLE_REVIEWER, NoEligibleReviewerFound.class, none -> {
            if (!determined.contains(none.getImrCase().getCaseId())) {
                waiting.putIfAbsent(none.getImrCase().getCaseId(), none);
            }
        });
        List<CaseExpedited> expedited = new ArrayList<>();
        readAll(Topics.CASE_EXPEDITED, CaseExpedited.class, expedited::add);
        return new Snapshot(List.copyOf(latestOfOpen.values()), assignments, List.copyOf(responses),
                List.copyOf(waiting.values()), List.copyOf(expedited), Collections.unmodifiableSet(determined));
    }

    /**
     * What was published: the latest assignment of each case not yet determined (and how many assignments there were
     * in all), the reviewers' responses, the undetermined cases left waiting (the first report of each), the
     * conversions to expedited review, the ids of the determined cases.
     */
    record Snapshot(List<ReviewerAssigned> latestAssignments, int assignments, List<ReviewerResponded> responses,
            List<NoEligibleReviewerFound> waiting, List<CaseExpedited> expedited, Set<String> determined) {
    }

    /** Hands each event of the topic, from its beginning to its end, to {@code each}, one at a time; their number. */
    private <V> int readAll(Topic<?> topic, Class<V> type, java.util.function.Consumer<V> each) {
        int read = 0;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // no group of its own: it assigns itself every partition and commits nothing (the service's group id, which
        // its access rules allow, is the one it carries)
        try (Consumer<Object, Object> reader = consumers.createConsumer(null, "assignment-rebuild", null, overrides)) {
            List<TopicPartition> partitions = reader.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic.name() + " to its end");
                }
                for (ConsumerRecord<Object, Object> record : reader.poll(Duration.ofMillis(200))) {
                    if (type.isInstance(record.value())) {
                        each.accept(type.cast(record.value()));
                        read++;
                    } else {
                        log.warn("{}-{}@{} is no {}: left out of the rebuild", record.topic(), record.partition(),
                                record.offset(), type.getSimpleName());
                    }
                }
            }
        }
        return read;
    }
}
