package org.imr.assignment.cases;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * The case listener takes a poll at a time (expedited cases first) and rebuilds the assignment state from the topics
 * whenever it becomes the writer.
 */
@Configuration(proxyBeanMethods = false)
class CaseListenerConfiguration {

    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> caseContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
            CaseAssignment assignment) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.getContainerProperties().setConsumerRebalanceListener(new AssignmentStateRebuild(consumerFactory, assignment));
        return factory;
    }
}
