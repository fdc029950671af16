package org.imr.intake.tracking.feed;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The feed's three listeners: the topics that move a case along and the roster (by several consumers, each applying
 * its partitions: a case's events share its partition number on every topic); the PHI access topics (the auditor's
 * access log); and every dead-letter twin, whose values are read as bytes (they may be anything).
 */
@Component
class TrackingFeedListeners {

    static final String CASES = "case-tracking";
    static final String DEAD_LETTERS = "dead-letter-tracking";
    static final String ACCESS_LOG = "access-log-tracking";

    private final TrackingFeed feed;

    TrackingFeedListeners(TrackingFeed feed) {
        this.feed = feed;
    }

    @KafkaListener(id = CASES, groupId = "${imr.intake.tracking.group-id}", concurrency = "${imr.intake.tracking.consumers}",
            topics = "#{@trackedTopics}", containerFactory = "trackingContainerFactory")
    void onEvents(List<ConsumerRecord<String, Object>> records) {
        feed.applyEvents(records);
    }

    @KafkaListener(id = ACCESS_LOG, groupId = "${imr.intake.tracking.group-id}",
            topics = "#{@accessLogTopics}", containerFactory = "trackingContainerFactory")
    void onAccesses(List<ConsumerRecord<String, Object>> records) {
        feed.applyAccesses(records);
    }

    @KafkaListener(id = DEAD_LETTERS, groupId = "${imr.intake.tracking.group-id}",
            topics = "#{@deadLetterTopics}", containerFactory = "deadLetterContainerFactory")
    void onDeadLetters(List<ConsumerRecord<String, byte[]>> records) {
        feed.applyDeadLetters(records);
    }
}
