package org.imr.assignment.roster;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.assignment.ListenerIds;
import org.imr.assignment.domain.Roster;
import org.imr.kafka.CatchUpLifecycle;
import org.imr.kafka.CatchUpReader;
import org.imr.kafka.PollHandler;
import org.imr.schemas.ReviewerRosterChanged;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory roster equal to the compacted roster topic: every instance reads the whole topic from its
 * beginning at every start ({@link CatchUpReader}, outside any consumer group), then follows it. The case listener
 * starts only once the roster has been read to the end it had at start-up, so that no case is assigned against a
 * half-loaded roster. A tombstone removes its reviewer; a record that cannot be decoded goes to the dead-letter topic.
 */
@Component
class RosterReader extends CatchUpLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RosterReader.class);

    private final Roster roster;
    private final RosterProfiles profiles;
    private final PollHandler polls;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;

    RosterReader(Roster roster, RosterProfiles profiles, PollHandler polls, ConsumerFactory<String, Object> consumers,
            ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        super(consumers, "assignment-roster", List.of(Topics.REVIEWER_ROSTER.name()));
        this.roster = roster;
        this.profiles = profiles;
        this.polls = polls;
        this.listeners = listeners;
    }

    @Override
    protected void read(ConsumerRecord<String, Object> record) {
        if (record.value() == null && record.headers().lastHeader(PollHandler.VALUE_DECODING_FAILED) == null) {
            profiles.remove(record.key());
            roster.remove(record.key());
            return;
        }
        polls.decoded(record, ReviewerRosterChanged.class).ifPresent(event -> {
            profiles.put(event);
            roster.put(RosterMapper.toReviewer(event));
        });
    }

    @Override
    protected void caughtUp() {
        log.info("Roster read to its end: {} reviewers", roster.size());
        MessageListenerContainer cases = listeners.getObject().getListenerContainer(ListenerIds.CASE_ASSIGNMENT);
        if (cases != null && !cases.isRunning()) {
            cases.start();
        }
    }

    /** After the roster seeder, which publishes the roster file before the roster is read. */
    @Override
    public int getPhase() {
        return 10;
    }
}
