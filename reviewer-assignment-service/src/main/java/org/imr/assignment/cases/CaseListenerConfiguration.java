package org.imr.assignment.cases;

import org.imr.kafka.RetryAfterRollback;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The case listener takes a poll at a time, tells the assignment when it becomes (or stops being) the writer, and,
 * when a poll's transaction rolls back, has the assignment rebuild its state from the topics before it decides again.
 */
@Configuration(proxyBeanMethods = false)
class CaseListenerConfiguration {

    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> caseContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
            CaseAssignment assignment, RetryAfterRollback retryAfterRollback) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.setBatchListener(true);
        factory.getContainerProperties().setConsumerRebalanceListener(new AssignmentStateRebuild(assignment));
        factory.setAfterRollbackProcessor(retryAfterRollback.onRollback(assignment::stale));
        return factory;
    }
}
