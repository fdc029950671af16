package org.imr.determination.signoff;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.kafka.CatchUpReader;
import org.imr.schemas.topics.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Feeds {@link ReviewCases} from its topics: every partition of each, from the beginning, in every instance (no consumer
 * group, no offsets committed), so the drafts, responses and signatures survive a restart. Start-up blocks until the
 * end each partition had is reached, before the web server answers; reading then goes on. A record that cannot be
 * decoded is skipped with its case id and offset logged (the topic's own consumers dead-letter it).
 */
public class ReviewCasesReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReviewCasesReader.class);

    private final ReviewCases cases;
    private final CatchUpReader reader;

    public ReviewCasesReader(ConsumerFactory<String, Object> consumers, ReviewCases cases) {
        this.cases = cases;
        this.reader = new CatchUpReader(consumers, "determination-review-cases",
                ReviewCases.TOPICS.stream().map(Topic::name).toList(), this::apply);
    }

    private void apply(ConsumerRecord<String, Object> record) {
        if (!(record.value() instanceof SpecificRecord event)) {
            log.warn("Case {}: record {}-{}@{} skipped by the workbench (not decodable)", record.key(), record.topic(),
                    record.partition(), record.offset());
            return;
        }
        cases.apply(record.key(), event);
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
