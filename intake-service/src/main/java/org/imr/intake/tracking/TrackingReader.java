package org.imr.intake.tracking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.kafka.CatchUpReader;
import org.imr.kafka.PollHandler;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link CaseTracking} from its topics: every partition of each, from the beginning, in every instance (each
 * answers for every case; no consumer group splits them, no offsets are committed), so the read model is the same after
 * a restart. Start-up blocks until the end of each partition is reached, then reading goes on. A record that cannot
 * be decoded, or is not of its topic's type, is sent to the topic's dead-letter twin with the reason (by each instance
 * that reads it, as every reader of a topic does); one that a projection cannot apply is skipped with its case id and
 * offset logged (it is a valid event, which the other readers of its topic take).
 */
@Component
class TrackingReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrackingReader.class);

    private final CaseTracking tracking;
    private final PollHandler polls;
    private final CatchUpReader reader;

    TrackingReader(ConsumerFactory<String, Object> consumers, CaseTracking tracking, PollHandler polls) {
        this.tracking = tracking;
        this.polls = polls;
        this.reader = new CatchUpReader(consumers, "intake-tracking",
                CaseTracking.TOPICS.stream().map(topic -> topic.name()).toList(), this::apply);
    }

    @Override
    public void start() {
        reader.start();
        log.info("Case tracking read: {} cases", tracking.size());
    }

    private void apply(ConsumerRecord<String, Object> record) {
        polls.decoded(record, Topics.named(record.topic()).valueType()).ifPresent(event -> {
            try {
                tracking.apply(record.key(), event);
            } catch (RuntimeException e) {
                log.warn("Case {}: record {}-{}@{} skipped by tracking ({})", record.key(), record.topic(),
                        record.partition(), record.offset(), e.getClass().getSimpleName());
            }
        });
    }

    @Override
    public void stop() {
        reader.stop();
    }

    @Override
    public boolean isRunning() {
        return reader.isRunning();
    }

    /** Before the web server, so that no case is asked for before the topics are read. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
