package org.imr.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates every declared topic and its dead-letter twin if they are missing (each service does, so that start-up order
 * does not matter; creating an existing topic is a no-op).
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(PipelineKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic<?> topic : Topics.ALL) {
            topics.add(declare(topic.name(), topic.compacted(), properties));
            topics.add(declare(topic.deadLetterName(), false, properties));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic declare(String name, boolean compacted, PipelineKafkaProperties properties) {
        TopicBuilder builder = TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor());
        if (compacted) {
            builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return builder.build();
    }
}
