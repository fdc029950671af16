package org.imr.determination.signoff;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.kafka.CatchUpLifecycle;
import org.imr.kafka.PollHandler;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Feeds {@link ReviewCases} from its topics: every partition of each, from the beginning, in every instance (no consumer
 * group, no offsets committed), so the drafts, responses and signatures survive a restart. Start-up blocks until the
 * end each partition had is reached, before the web server answers; reading then goes on. A record that cannot be
 * decoded, or is not of its topic's type, is sent to the topic's dead-letter twin with the reason (as every reader of
 * a topic does: the drafts have no other reader).
 */
public class ReviewCasesReader extends CatchUpLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReviewCasesReader.class);

    private final ReviewCases cases;
    private final PollHandler polls;

    public ReviewCasesReader(ConsumerFactory<String, Object> consumers, ReviewCases cases, PollHandler polls) {
        super(consumers, "determination-review-cases", ReviewCases.TOPICS.stream().map(Topic::name).toList());
        this.cases = cases;
        this.polls = polls;
    }

    @Override
    protected void read(ConsumerRecord<String, Object> record) {
        polls.decoded(record, Topics.named(record.topic()).valueType()).ifPresent(event -> cases.apply(record.key(), event));
    }

    @Override
    protected void caughtUp() {
        log.info("Cases under review read: {} cases", cases.size());
    }

}
