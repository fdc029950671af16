package org.imr.kafka;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.LoggingProducerListener;

/** The Kafka wiring every service shares; each service imports its defaults with {@code imr-kafka-defaults.yml}. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PipelineKafkaProperties.class)
@Import({DeadLetterConfiguration.class, TopicConfiguration.class})
public class PipelineKafkaAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Envelopes envelopes(@Value("${spring.application.name}") String producer, Clock clock) {
        return new Envelopes(producer, clock);
    }

    @Bean
    SchemaRegistration schemaRegistration(@Value("${imr.registry.url}") String registryUrl,
            @Value("${spring.application.name}") String service) {
        return new SchemaRegistration(registryUrl, service);
    }

    @Bean
    PipelineMetrics pipelineMetrics(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? PipelineMetrics.unregistered() : new PipelineMetrics(meters);
    }

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<String, Object> kafkaTemplate, PipelineKafkaProperties properties,
            PipelineMetrics pipelineMetrics) {
        return new EventPublisher(kafkaTemplate, properties, pipelineMetrics);
    }

    @Bean
    ListenerRestarts listenerRestarts(PipelineKafkaProperties properties, ObjectProvider<MeterRegistry> registry) {
        return new ListenerRestarts(properties.retryMaxInterval(),
                registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * A record that cannot be sent is logged by Spring Kafka's {@link LoggingProducerListener} with its key and the
     * first hundred characters of its value; values carry clinical text, so it logs the topic and the exception only.
     */
    @Bean
    static BeanPostProcessor producerFailuresLoggedWithoutContents() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof LoggingProducerListener<?, ?> listener) {
                    listener.setIncludeContents(false);
                }
                return bean;
            }
        };
    }

    /**
     * Every listener container factory of the service, Boot's and the service's own, names its containers' consumer
     * groups after the service and makes them static members of them when {@code imr.kafka.static-membership} is on
     * ({@link ListenerGroups}), and makes them stop when their producer is fenced, to be started again
     * ({@link ListenerRestarts}).
     */
    @Bean
    static BeanPostProcessor listenerGroupsOfEveryFactory(ObjectProvider<PipelineKafkaProperties> properties,
            Environment environment) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ConcurrentKafkaListenerContainerFactory<?, ?> factory) {
                    PipelineKafkaProperties kafka = properties.getObject();
                    ListenerGroups groups = new ListenerGroups(environment.getRequiredProperty("spring.application.name"),
                            kafka.staticMembership() ? kafka.instanceId() : null);
                    ((ConcurrentKafkaListenerContainerFactory<Object, Object>) factory).setContainerCustomizer(
                            container -> {
                                groups.configure(container);
                                ListenerRestarts.stopWhenFenced(container);
                            });
                }
                return bean;
            }
        };
    }
}
