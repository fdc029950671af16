package org.imr.intake.tracking.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.imr.intake.tracking.TrackingProperties;
import org.imr.kafka.RetryAfterRollback;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.util.unit.DataSize;

/**
 * The feed's consumers poll with the feed's own settings, not the services' (a listener container factory drops the
 * Kafka consumer properties of its container properties, so they are given to its consumer factory).
 */
class TrackingFeedPollSettingsTest {

    private static final Map<String, Object> SERVICE_SETTINGS = Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50,
            ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 65_536,
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    private static final TrackingProperties TRACKING = new TrackingProperties("intake-tracking",
            new TrackingProperties.AtRisk(Duration.ofHours(4), Duration.ofDays(5), Duration.ofHours(24)), 2,
            new TrackingProperties.Poll(Duration.ofMillis(1_500), DataSize.ofMegabytes(4), 7_000));

    private final TrackingFeedConfiguration feed = new TrackingFeedConfiguration();
    private final DefaultKafkaConsumerFactory<String, Object> serviceConsumers =
            new DefaultKafkaConsumerFactory<>(SERVICE_SETTINGS);
    private final RetryAfterRollback retries = new RetryAfterRollback(Duration.ofMillis(10), Duration.ofMillis(20),
            () -> { });

    @Test
    void theCaseEventsAreReadWithTheFeedsPollSettingsAndTheServicesOtherSettings() {
        assertFeedSettings(feed.trackingContainerFactory(serviceConsumers, new SeekToStoredOffsets(null), retries,
                TRACKING).getConsumerFactory().getConfigurationProperties());
    }

    @Test
    void theDeadLettersAreReadWithTheFeedsPollSettingsAndTheServicesOtherSettings() {
        ConcurrentKafkaListenerContainerFactory<String, byte[]> deadLetters = feed.deadLetterContainerFactory(
                serviceConsumers, new SeekToStoredOffsets(null), retries, TRACKING);

        assertFeedSettings(deadLetters.getConsumerFactory().getConfigurationProperties());
    }

    @Test
    void theContainersItCreatesAddNoConsumerSettingsOfTheirOwn() {
        var container = feed.trackingContainerFactory(serviceConsumers, new SeekToStoredOffsets(null), retries,
                TRACKING).createContainer("imr.case-received");

        assertThat(container.getContainerProperties().getKafkaConsumerProperties()).isEmpty();
    }

    private static void assertFeedSettings(Map<String, Object> settings) {
        assertThat(settings).containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 1_500)
                .containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 4 * 1024 * 1024)
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 7_000)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
    }
}
