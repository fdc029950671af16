package org.imr.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topic.Retention;
import org.imr.schemas.topics.Topics;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Every declared topic and its dead-letter twin as the broker is to hold them: partitions, replicas and the retention
 * the declaration states (dead-letter twins keep their records for good: nothing waiting for a re-drive is lost).
 */
public final class TopicDeclarations {

    private static final String KEEP_FOR_GOOD = "-1";

    private TopicDeclarations() {
    }

    public static List<NewTopic> all(int partitions, short replicationFactor) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic<?> topic : Topics.ALL) {
            topics.add(declare(topic.name(), topic.retention(), partitions, replicationFactor));
            topics.add(declare(topic.deadLetterName(), Retention.FOREVER, partitions, replicationFactor));
        }
        return topics;
    }

    private static NewTopic declare(String name, Retention retention, int partitions, short replicationFactor) {
        TopicBuilder builder = TopicBuilder.name(name).partitions(partitions).replicas(replicationFactor);
        switch (retention) {
            case COMPACTED -> builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            case FOREVER -> builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                    .config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOR_GOOD)
                    .config(TopicConfig.RETENTION_BYTES_CONFIG, KEEP_FOR_GOOD);
        }
        return builder.build();
    }
}
