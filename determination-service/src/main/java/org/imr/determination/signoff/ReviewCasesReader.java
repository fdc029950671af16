package org.imr.determination.signoff;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.kafka.CatchUpReader;
import org.imr.kafka.PollHandler;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Feeds {@link ReviewCases} from its topics: every partition of each, from the beginning, in every instance (no consumer
 * group, no offsets committed), so the drafts, responses and signatures survive a restart. Start-up blocks until the
 * end each partition had is reached, before the web server answers; reading then goes on. A record that cannot be
 * decoded, or is not of its topic's type, is sent to the topic's dead-letter twin with the reason (as every reader of
 * a topic does: the drafts have no other reader).
 */
public class ReviewCasesReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReviewCasesReader.class);

    private final ReviewCases cases;
    private final PollHandler polls;
    private final CatchUpReader reader;

    public ReviewCasesReader(ConsumerFactory<String, Object> consumers, ReviewCases cases, PollHandler polls) {
        this.cases = cases;
        this.polls = polls;
        this.reader = new CatchUpReader(consumers, "determination-review-cases",
                ReviewCases.TOPICS.stream().map(Topic::name).toList(), this::apply);
    }

    private void apply(ConsumerRecord<String, Object> record) {
        polls.decoded(record, Topics.named(record.topic()).valueType()).ifPresent(event -> cases.apply(record.key(), event));
    }

    @Override
    public void start() {
        reader.start();
        log.info("Cases under review read: {} cases", cases.size());
    }

    @Override
    public void stop() {
        reader.stop();
    }

    @Override
    public boolean isRunning() {
        return reader.isRunning();
    }

    /** Before the web server, so that no page is asked for before the topics are read. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
