package org.imr.assignment.roster;

import org.imr.assignment.ListenerIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;

/** The roster listener reads from the beginning and, once caught up, starts the case listener. */
@Configuration(proxyBeanMethods = false)
class RosterConfiguration {

    @Bean
    RosterCatchUp rosterCatchUp(ObjectProvider<KafkaListenerEndpointRegistry> registry) {
        return new RosterCatchUp(() -> {
            MessageListenerContainer container = registry.getObject().getListenerContainer(ListenerIds.CASE_ASSIGNMENT);
            if (container != null && !container.isRunning()) {
                container.start();
            }
        });
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> rosterContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
            RosterCatchUp catchUp) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.getContainerProperties().setConsumerRebalanceListener(catchUp);
        return factory;
    }
}
