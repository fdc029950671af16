package org.imr.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates every declared topic and its dead-letter twin if they are missing, with the retention its declaration
 * states (each service does, so that start-up order does not matter; creating an existing topic is a no-op, and
 * {@code spring.kafka.admin.modify-topic-configs} brings an existing topic's retention up to its declaration). Where
 * the broker enforces access rules, an administrator provisions the topics instead ({@link KafkaProvisioning}) and the
 * services set {@code imr.kafka.provision-topics=false}: a service may not create or alter topics.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "imr.kafka.provision-topics", havingValue = "true", matchIfMissing = true)
class TopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(PipelineKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.all(properties.partitions(), properties.replicationFactor())
                .toArray(NewTopic[]::new));
    }
}
