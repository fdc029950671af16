package org.imr.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imr.schemas.topics.Topic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Every record a listener cannot decode or process ends on the dead-letter twin of its topic ({@code <topic>-dlt}),
 * with the reason in the {@code kafka_dlt-exception-*} headers; the listener then moves on.
 *
 * <p>Undecodable records arrive as raw {@code byte[]} and must be written with a byte-array serializer: publishing
 * them through the Avro template fails and would make the error handler retry forever.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    KafkaTemplate<String, byte[]> deadLetterBytesTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> config = new LinkedHashMap<>(kafkaProperties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaTemplate<String, byte[]> deadLetterBytesTemplate,
            KafkaTemplate<?, ?> kafkaTemplate) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, deadLetterBytesTemplate);
        templates.put(Object.class, kafkaTemplate);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, -1));
        recoverer.setFailIfSendResultIsError(true);
        return recoverer;
    }

    @Bean
    CommonErrorHandler kafkaErrorHandler(DeadLetterPublishingRecoverer recoverer, PipelineKafkaProperties properties) {
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
        handler.addNotRetryableExceptions(DeserializationException.class, UnprocessableEventException.class,
                IllegalArgumentException.class);
        return handler;
    }
}
