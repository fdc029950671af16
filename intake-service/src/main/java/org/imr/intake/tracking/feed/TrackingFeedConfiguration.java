package org.imr.intake.tracking.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imr.intake.tracking.CaseProjections;
import org.imr.intake.tracking.TrackingProperties;
import org.imr.kafka.RetryAfterRollback;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The feed's listener containers. Not transactional with Kafka: what the feed commits is a database transaction with
 * the partitions' offsets in it ({@link TrackingFeed}); at every assignment the consumer seeks to the offsets stored
 * there ({@link SeekToStoredOffsets}). Kafka's committed offsets follow each poll for monitoring only (lag). A poll
 * whose transaction fails (the database unreachable, say) is read again after a pause that doubles from
 * {@code imr.kafka.retry-interval} to {@code imr.kafka.retry-max-interval}, for as long as it takes: nothing is skipped
 * or dead-lettered for it. Consumers read committed records only (the service's consumer settings).
 */
@Configuration(proxyBeanMethods = false)
class TrackingFeedConfiguration {

    @Bean
    List<String> trackedTopics() {
        return Stream.concat(CaseProjections.TOPICS.stream(), Stream.of(Topics.REVIEWER_ROSTER)).map(Topic::name)
                .toList();
    }

    @Bean
    List<String> accessLogTopics() {
        return Topics.PHI_ACCESS.stream().map(Topic::name).toList();
    }

    @Bean
    List<String> deadLetterTopics() {
        return Topics.ALL.stream().map(Topic::deadLetterName).toList();
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Object> trackingContainerFactory(
            ConsumerFactory<String, Object> consumers, SeekToStoredOffsets seeks, RetryAfterRollback retries,
            TrackingProperties tracking) {
        return factory(new DefaultKafkaConsumerFactory<>(withPollSettings(consumers, tracking.poll())), seeks, retries);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> deadLetterContainerFactory(
            ConsumerFactory<String, Object> consumers, SeekToStoredOffsets seeks, RetryAfterRollback retries,
            TrackingProperties tracking) {
        return factory(new DefaultKafkaConsumerFactory<>(withPollSettings(consumers, tracking.poll()),
                new StringDeserializer(), new ByteArrayDeserializer()), seeks, retries);
    }

    /**
     * The service's consumer settings with the feed's own poll settings. They are given to the consumer factory, not
     * to the container properties: a listener container factory does not pass its container properties' Kafka
     * consumer properties on to the containers it creates (the feed polled with the services' 50 ms and 64 KB).
     */
    static Map<String, Object> withPollSettings(ConsumerFactory<String, Object> consumers,
            TrackingProperties.Poll poll) {
        Map<String, Object> settings = new HashMap<>(consumers.getConfigurationProperties());
        settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Math.toIntExact(poll.maxWait().toMillis()));
        settings.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, Math.toIntExact(poll.minBytes().toBytes()));
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, poll.maxRecords());
        return settings;
    }

    private static <V> ConcurrentKafkaListenerContainerFactory<String, V> factory(ConsumerFactory<String, V> consumers,
            SeekToStoredOffsets seeks, RetryAfterRollback retries) {
        ConcurrentKafkaListenerContainerFactory<String, V> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(new ReadPollAgain(retries));
        ContainerProperties properties = factory.getContainerProperties();
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setConsumerRebalanceListener(seeks);
        properties.setObservationEnabled(true);
        return factory;
    }

    /** A poll that failed is sought back to its first records and read again after a pause (see the class comment). */
    private record ReadPollAgain(RetryAfterRollback retries) implements CommonErrorHandler {

        @Override
        @SuppressWarnings("unchecked")
        public void handleBatch(Exception thrownException, ConsumerRecords<?, ?> data,
                org.apache.kafka.clients.consumer.Consumer<?, ?> consumer, MessageListenerContainer container,
                Runnable invokeListener) {
            List<ConsumerRecord<Object, Object>> records = new java.util.ArrayList<>();
            data.forEach(record -> records.add((ConsumerRecord<Object, Object>) record));
            retries.process(records, (org.apache.kafka.clients.consumer.Consumer<Object, Object>) consumer, container,
                    thrownException, true, ContainerProperties.EOSMode.V2);
        }

        @Override
        public boolean seeksAfterHandling() {
            return true;
        }
    }
}
