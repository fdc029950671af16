package org.imr.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imr.infra.PipelineInfrastructure;
import org.imr.schemas.topics.Topics;
import org.junit.jupiter.api.Test;

@WithPipelineInfrastructure
class TopicProbeTest {

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();

    @Test
    void aRecordAwaitedInVainIsReportedWithThePartitionsTheProbeHeldAndTheStateOfEachServicesGroup() {
        String group = "a-service-" + UUID.randomUUID();
        try (KafkaConsumer<String, byte[]> service = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.administratorBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group), new StringDeserializer(), new ByteArrayDeserializer())) {
            service.subscribe(List.of(Topics.CASE_RECEIVED.name()));
            service.poll(Duration.ofSeconds(5));

            assertThatThrownBy(() -> new TopicProbe(infrastructure).awaitRecord(Topics.CASE_RECEIVED,
                    "no-such-case-" + UUID.randomUUID(), Duration.ofSeconds(3)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("No matching record on " + Topics.CASE_RECEIVED.name())
                    .hasMessageMatching("(?s).*the probe held [1-9][0-9]* of its partitions.*")
                    .hasMessageContaining(group + " Stable 1 members")
                    .hasMessageNotContaining("probe-");
        }
    }
}
