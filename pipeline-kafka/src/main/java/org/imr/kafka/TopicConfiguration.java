package org.imr.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topic.Retention;
import org.imr.schemas.topics.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates every declared topic and its dead-letter twin if they are missing, with the retention its declaration
 * states (each service does, so that start-up order does not matter; creating an existing topic is a no-op, and
 * {@code spring.kafka.admin.modify-topic-configs} brings an existing topic's retention up to its declaration).
 * Dead-letter twins keep their records for good: nothing waiting for a re-drive is lost.
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    private static final String KEEP_FOR_GOOD = "-1";

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(PipelineKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic<?> topic : Topics.ALL) {
            topics.add(declare(topic.name(), topic.retention(), properties));
            topics.add(declare(topic.deadLetterName(), Retention.FOREVER, properties));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic declare(String name, Retention retention, PipelineKafkaProperties properties) {
        TopicBuilder builder = TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor());
        switch (retention) {
            case COMPACTED -> builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            case FOREVER -> builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                    .config(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOR_GOOD)
                    .config(TopicConfig.RETENTION_BYTES_CONFIG, KEEP_FOR_GOOD);
        }
        return builder.build();
    }
}
