package org.imr.kafka;

import org.apache.kafka.common.TopicPartition;
import org.imr.schemas.topics.Topic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Every record a listener cannot decode or process ends on the dead-letter twin of its topic ({@code <topic>-dlt}),
 * with the reason in the {@code kafka_dlt-exception-*} headers, written in the poll's own transaction by
 * {@link PollHandler}; a poll whose transaction rolls back is read again ({@link RetryAfterRollback}). There is no
 * error handler besides: a listener's failure always rolls its poll back.
 *
 * <p>Undecodable records arrive as raw {@code byte[]}: the one producer's {@link AvroOrBytesSerializer} writes them as
 * they are.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaTemplate<?, ?> kafkaTemplate) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, -1));
        recoverer.setFailIfSendResultIsError(true);
        return recoverer;
    }

    @Bean
    PollHandler pollHandler(DeadLetterPublishingRecoverer deadLetterPublishingRecoverer,
            PipelineKafkaProperties properties, PipelineMetrics pipelineMetrics) {
        return new PollHandler(deadLetterPublishingRecoverer, properties.retryAttempts(), pipelineMetrics);
    }

    @Bean
    RetryAfterRollback retryAfterRollback(PipelineKafkaProperties properties) {
        return new RetryAfterRollback(properties);
    }
}
