package org.imr.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.ConsumerFactory;

class CatchUpReaderTest {

    private static final String TOPIC = "imr.some-state";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private final MockConsumer<String, Object> consumer = new MockConsumer<>("earliest");
    private final List<Properties> overridesAsked = new CopyOnWriteArrayList<>();
    private final List<Object> handled = new CopyOnWriteArrayList<>();
    private CatchUpReader reader;

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.stop();
        }
    }

    @Test
    void fetchesWithTheReadersLongerWaitInsteadOfTheListenersDefault() {
        reader = startedReaderOf(0);

        assertThat(overridesAsked).singleElement().satisfies(overrides ->
                assertThat(overrides.getProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)).isEqualTo("500"));
    }

    @Test
    void readsWhatWasThereAtStartAndWhatComesAfter() {
        consumer.schedulePollTask(() -> consumer.addRecord(record(0, "before start")));
        reader = startedReaderOf(1);
        assertThat(handled).containsExactly("before start");

        consumer.schedulePollTask(() -> consumer.addRecord(record(1, "after start")));

        await().atMost(Duration.ofSeconds(5)).until(() -> handled.contains("after start"));
        assertThat(handled).containsExactly("before start", "after start");
    }

    private CatchUpReader startedReaderOf(long endAtStart) {
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, endAtStart));
        CatchUpReader started = new CatchUpReader(factoryOf(consumer), "state-reader", List.of(TOPIC),
                record -> handled.add(record.value()));
        started.start();
        return started;
    }

    private static ConsumerRecord<String, Object> record(long offset, Object value) {
        return new ConsumerRecord<>(TOPIC, 0, offset, "case-1", value);
    }

    private ConsumerFactory<String, Object> factoryOf(Consumer<String, Object> only) {
        return new ConsumerFactory<>() {

            @Override
            public Consumer<String, Object> createConsumer(String groupId, String clientIdPrefix, String clientIdSuffix,
                    Properties overrides) {
                overridesAsked.add(overrides);
                return only;
            }

            @Override
            public Consumer<String, Object> createConsumer(String groupId, String clientIdPrefix,
                    String clientIdSuffix) {
                return createConsumer(groupId, clientIdPrefix, clientIdSuffix, new Properties());
            }

            @Override
            public boolean isAutoCommit() {
                return false;
            }

            @Override
            public Map<String, Object> getConfigurationProperties() {
                return Map.of();
            }
        };
    }
}
